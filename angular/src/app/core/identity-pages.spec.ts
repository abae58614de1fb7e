import { EntityProp, EntityPropList } from '@abp/ng.components/extensible';
import { IDENTITY_PAGE_OPTIONS, shareTableWidth } from './identity-pages';

describe("ABP's identity pages", () => {
  it('let the columns of the users list share the table width', () => {
    const list = new EntityPropList<object>();
    list.addTail(new EntityProp({ type: 'string' as never, name: 'userName', columnWidth: 250 }));
    list.addTail(new EntityProp({ type: 'string' as never, name: 'BodyCodes_Text', columnWidth: 250, isExtra: true }));

    shareTableWidth(list);

    expect(list.toArray().map(prop => prop.columnWidth)).toEqual([undefined, undefined]);
  });

  it('apply to the users page', () => {
    expect(IDENTITY_PAGE_OPTIONS.entityPropContributors?.['Identity.UsersComponent']).toEqual([shareTableWidth]);
  });
});
