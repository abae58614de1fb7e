import { EntityPropList, FormProp, FormPropList } from '@abp/ng.components/extensible';
import type { IdentityConfigOptions } from '@abp/ng.identity';
import { Validators } from '@angular/forms';
import { UserBodiesField } from './user-bodies-field';

/** The user's bodies: an extra property of ABP's user (see the identity module's IdentityObjectExtensions). */
export const BODY_CODES = 'BodyCodes';

/**
 * ABP's list pages give their columns fixed widths (250px each, extra properties included), so the
 * users list with its body column runs past the right edge. Without a fixed width the columns share
 * the table's width (ABP's tables use ngx-datatable's "force" mode).
 */
export function shareTableWidth<T>(propList: EntityPropList<T>): void {
  propList.forEach(node => {
    (node.value as { columnWidth?: number }).columnWidth = undefined;
  });
}

/**
 * A Chinese name is one field: the form keeps ABP's name field and drops the Western surname; a surname
 * stored before stays as it is (the server keeps what the form does not send).
 */
export function oneNameField<T>(propList: FormPropList<T>): void {
  propList.dropByValue('surname', (prop, name) => prop.name === name);
}

/**
 * The bodies are chosen several at once ({@link UserBodiesField}) instead of ABP's single-value typeahead that the
 * server's object extension describes; its hidden text half goes too.
 */
export function bodiesMultiSelect<T>(propList: FormPropList<T>): void {
  const bodies = FormProp.create<T>({
    type: 'string' as never, // ePropType.String (a const enum)
    name: BODY_CODES,
    displayName: 'Dalad::DisplayName:BodyCodes',
    id: BODY_CODES,
    isExtra: true,
    template: UserBodiesField,
    defaultValue: [] as never,
    validators: () => [Validators.required],
  });
  const existing = propList.dropByValue(BODY_CODES, (prop, name) => prop.name === name);
  propList.dropByValue(BODY_CODES + '_Text', (prop, name) => prop.name === name);
  if (existing) {
    propList.addTail(bodies);
  }
}

/** Our adjustments to ABP's identity pages, passed to its `createRoutes`. */
export const IDENTITY_PAGE_OPTIONS: IdentityConfigOptions = {
  entityPropContributors: {
    'Identity.UsersComponent': [shareTableWidth],
  },
  createFormPropContributors: {
    'Identity.UsersComponent': [oneNameField, bodiesMultiSelect],
  },
  editFormPropContributors: {
    'Identity.UsersComponent': [oneNameField, bodiesMultiSelect],
  },
};
