import { AbpLocalStorageService, ConfigStateService } from '@abp/ng.core';
import { computed, inject, Injectable, signal } from '@angular/core';
import { catchError, Observable, of, shareReplay, tap } from 'rxjs';
import { WorkspaceEntryDto, WorkspaceService } from '../../proxy/workspaces';

const STORAGE_PREFIX = 'dalad.workspace.';

/**
 * The bodies the signed-in user belongs to and the one they are working in now.
 * The choice is remembered per user in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceContext {
  private readonly api = inject(WorkspaceService);
  private readonly configState = inject(ConfigStateService);
  private readonly storage = inject(AbpLocalStorageService);

  private cache?: { userId: string; entries$: Observable<WorkspaceEntryDto[]> };

  /** The user's bodies once loaded, `null` before. */
  readonly entries = signal<WorkspaceEntryDto[] | null>(null);
  /** The body whose workspace the user is in. */
  readonly current = signal<WorkspaceEntryDto | null>(null);
  readonly hasSeveral = computed(() => (this.entries()?.length ?? 0) > 1);

  get isAuthenticated(): boolean {
    return !!this.configState.getOne('currentUser')?.isAuthenticated;
  }

  private get userId(): string {
    return this.configState.getOne('currentUser')?.id ?? 'anonymous';
  }

  private get storageKey(): string {
    return STORAGE_PREFIX + this.userId;
  }

  /** Loads the user's bodies once per signed-in user (a failed load is tried again next time). */
  load(): Observable<WorkspaceEntryDto[]> {
    const userId = this.userId;
    if (!this.cache || this.cache.userId !== userId) {
      const entries$ = this.api.getMine().pipe(
        tap(entries => this.entries.set(entries)),
        catchError(error => {
          this.cache = undefined;
          throw error;
        }),
        shareReplay(1),
      );
      this.cache = { userId, entries$ };
      this.current.set(null);
    }
    return this.cache.entries$;
  }

  /** The body chosen last time on this browser, if any. */
  remembered(): string | null {
    return this.storage.getItem(this.storageKey);
  }

  /** Makes `entry` the current body and remembers the choice. */
  select(entry: WorkspaceEntryDto): void {
    this.current.set(entry);
    this.storage.setItem(this.storageKey, entry.bodyCode);
  }

  /**
   * Sets the current body when nothing has chosen one yet (e.g. the user opened a deep link):
   * the remembered body, or the only one. Used by the header.
   */
  ensureCurrent(): Observable<WorkspaceEntryDto[]> {
    if (!this.isAuthenticated) {
      return of([]);
    }
    return this.load().pipe(
      tap(entries => {
        if (this.current()) {
          return;
        }
        const remembered = this.remembered();
        const entry =
          entries.find(e => e.bodyCode === remembered) ?? (entries.length === 1 ? entries[0] : undefined);
        if (entry) {
          this.current.set(entry);
        }
      }),
      catchError(() => of([])),
    );
  }

  /** Forgets the loaded bodies (e.g. after the user's memberships changed). */
  reset(): void {
    this.cache = undefined;
    this.entries.set(null);
    this.current.set(null);
  }
}
