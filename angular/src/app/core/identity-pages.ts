import type { EntityPropList } from '@abp/ng.components/extensible';
import type { IdentityConfigOptions } from '@abp/ng.identity';

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

/** Our adjustments to ABP's identity pages, passed to its `createRoutes`. */
export const IDENTITY_PAGE_OPTIONS: IdentityConfigOptions = {
  entityPropContributors: {
    'Identity.UsersComponent': [shareTableWidth],
  },
};
