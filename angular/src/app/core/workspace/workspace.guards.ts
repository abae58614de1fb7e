import { inject } from '@angular/core';
import { CanActivateFn, ResolveFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { landingCommands, WORKSPACE_PATH } from './landing';
import { WorkspaceContext } from './workspace-context';

/** `/`: sends the signed-in user to their body's workspace (or the picker). */
export const landingGuard: CanActivateFn = () => {
  const context = inject(WorkspaceContext);
  const router = inject(Router);
  return context.load().pipe(
    map(entries => router.createUrlTree(landingCommands(entries, context.remembered()))),
    catchError(() => of(router.createUrlTree([WORKSPACE_PATH]))),
  );
};

/** `/workspace`: a member of exactly one body has nothing to pick and goes straight to it. */
export const pickerGuard: CanActivateFn = () => {
  const context = inject(WorkspaceContext);
  const router = inject(Router);
  return context.load().pipe(
    map(entries => (entries.length === 1 ? router.createUrlTree([WORKSPACE_PATH, entries[0].bodyCode]) : true)),
    catchError(() => of(true)),
  );
};

/** `/workspace/:bodyCode`: only the user's own bodies; anything else goes back to the picker. */
export const bodyMemberGuard: CanActivateFn = route => {
  const context = inject(WorkspaceContext);
  const router = inject(Router);
  const bodyCode = route.paramMap.get('bodyCode');
  return context.load().pipe(
    map(entries => {
      const entry = entries.find(e => e.bodyCode === bodyCode);
      if (!entry) {
        return router.createUrlTree([WORKSPACE_PATH]);
      }
      context.select(entry);
      return true;
    }),
    catchError(() => of(router.createUrlTree([WORKSPACE_PATH]))),
  );
};

/** Resolves the `entry` input of the workspace page from the route's `bodyCode`. */
export const workspaceEntryResolver: ResolveFn<WorkspaceEntryDto | undefined> = route => {
  const context = inject(WorkspaceContext);
  const bodyCode = route.paramMap.get('bodyCode');
  return context.load().pipe(map(entries => entries.find(e => e.bodyCode === bodyCode)));
};
