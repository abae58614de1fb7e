import { EntityProp, EntityPropList, FormProp, FormPropList } from '@abp/ng.components/extensible';
import { bodiesMultiSelect, IDENTITY_PAGE_OPTIONS, oneNameField, shareTableWidth } from './identity-pages';
import { offeredBodies, selectedCodes, toggleCode, UserBodiesField } from './user-bodies-field';

function userForm(): FormPropList<object> {
  const list = new FormPropList<object>();
  for (const name of ['userName', 'name', 'surname', 'email', 'BodyCodes', 'BodyCodes_Text']) {
    list.addTail(FormProp.create({ type: 'string' as never, name, displayName: name, isExtra: name.startsWith('Body') }));
  }
  return list;
}

describe("ABP's identity pages", () => {
  it('let the columns of the users list share the table width', () => {
    const list = new EntityPropList<object>();
    list.addTail(new EntityProp({ type: 'string' as never, name: 'userName', columnWidth: 250 }));
    list.addTail(new EntityProp({ type: 'string' as never, name: 'BodyCodes_Text', columnWidth: 250, isExtra: true }));

    shareTableWidth(list);

    expect(list.toArray().map(prop => prop.columnWidth)).toEqual([undefined, undefined]);
  });

  it('give the user form one name field (姓名) instead of name and surname', () => {
    const list = userForm();
    oneNameField(list);
    expect(list.toArray().map(p => p.name)).toEqual(['userName', 'name', 'email', 'BodyCodes', 'BodyCodes_Text']);
  });

  it("replace the single-body typeahead with the required multi-select of bodies, an extra property", () => {
    const list = userForm();
    bodiesMultiSelect(list);
    const names = list.toArray().map(p => p.name);
    expect(names).toEqual(['userName', 'name', 'surname', 'email', 'BodyCodes']);
    const bodies = list.toArray().at(-1)!;
    expect(bodies.template).toBe(UserBodiesField);
    expect(bodies.isExtra).toBe(true);
    expect(bodies.defaultValue).toEqual([]);
    expect(bodies.validators({} as never).length).toBe(1);
  });

  it('apply to the users page, both forms', () => {
    expect(IDENTITY_PAGE_OPTIONS.entityPropContributors?.['Identity.UsersComponent']).toEqual([shareTableWidth]);
    expect(IDENTITY_PAGE_OPTIONS.createFormPropContributors?.['Identity.UsersComponent']).toEqual([oneNameField, bodiesMultiSelect]);
    expect(IDENTITY_PAGE_OPTIONS.editFormPropContributors?.['Identity.UsersComponent']).toEqual([oneNameField, bodiesMultiSelect]);
  });
});

describe('the bodies of a user', () => {
  const bodies = [
    { code: 'housing', name: 'Housing bureau', kind: 'industry', isActive: true, duty: null },
    { code: 'old', name: 'Old office', kind: 'industry', isActive: false, duty: null },
    { code: 'town', name: 'Bainijing town', kind: 'town', isActive: true, duty: null },
  ];

  it("read the control's value: an array, a new user's empty string, or codes in a string", () => {
    expect(selectedCodes(['housing', 'town'])).toEqual(['housing', 'town']);
    expect(selectedCodes('')).toEqual([]);
    expect(selectedCodes(null)).toEqual([]);
    expect(selectedCodes('housing, town')).toEqual(['housing', 'town']);
  });

  it('are toggled one at a time, in the order chosen, without repeats', () => {
    expect(toggleCode(['town'], 'housing', true)).toEqual(['town', 'housing']);
    expect(toggleCode(['town', 'housing'], 'housing', true)).toEqual(['town', 'housing']);
    expect(toggleCode(['town', 'housing'], 'town', false)).toEqual(['housing']);
  });

  it('are offered from the active bodies matching the filter, plus those already chosen', () => {
    expect(offeredBodies(bodies, [], '').map(b => b.code)).toEqual(['housing', 'town']);
    expect(offeredBodies(bodies, ['old'], '').map(b => b.code)).toEqual(['housing', 'old', 'town']);
    expect(offeredBodies(bodies, [], ' TOWN ').map(b => b.code)).toEqual(['town']);
  });
});
