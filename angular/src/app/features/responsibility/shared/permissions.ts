import { PermissionService } from '@abp/ng.core';
import { inject, Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';

/** Change bodies, territories, scope items and keywords (the server checks it again on every change). */
export const MANAGE_PERMISSION = 'Dalad.Responsibility.Manage';

/** Whether the current user may change the matrix; follows the granted policies as they reload. */
export function injectCanManage(): Signal<boolean> {
  const permissions = inject(PermissionService);
  return toSignal(permissions.getGrantedPolicy$(MANAGE_PERMISSION), {
    initialValue: permissions.getGrantedPolicy(MANAGE_PERMISSION),
  });
}
