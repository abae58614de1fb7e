import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of, shareReplay } from 'rxjs';
import { WorkspaceContext } from '../../../core/workspace/workspace-context';
import { COORDINATION_WORKSPACE } from '../../../core/workspace/landing';
import { BodyName, CasesApi } from '../cases-api';

/** Who the user is on cases: their bodies (codes), and the names of all bodies, loaded once. */
@Injectable({ providedIn: 'root' })
export class CaseDirectory {
  private readonly api = inject(CasesApi);
  private readonly workspace = inject(WorkspaceContext);
  private bodies$?: Observable<BodyName[]>;

  /** Every body; an empty list when it cannot be loaded (codes are shown then). */
  bodies(): Observable<BodyName[]> {
    this.bodies$ ??= this.api.getBodies().pipe(
      map(page => page.items),
      catchError(() => {
        this.bodies$ = undefined;
        return of([]);
      }),
      shareReplay(1),
    );
    return this.bodies$;
  }

  /** The user's bodies and whether one is the joint office (which supervises every case). */
  mine(): Observable<{ bodyCodes: string[]; supervises: boolean }> {
    return this.workspace.load().pipe(
      map(entries => ({
        bodyCodes: entries.map(e => e.bodyCode),
        supervises: entries.some(e => e.workspace === COORDINATION_WORKSPACE),
      })),
      catchError(() => of({ bodyCodes: [], supervises: false })),
    );
  }
}
