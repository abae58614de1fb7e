import {
  ConfigStateService,
  LocalizationService,
  OTHERS_GROUP,
  SORT_COMPARE_FUNC,
} from '@abp/ng.core';
import { Provider } from '@angular/core';
import { BehaviorSubject, map, of } from 'rxjs';

export interface FakeAppConfig {
  currentUser?: { isAuthenticated: boolean; id?: string | null; userName?: string; name?: string };
  auth?: { grantedPolicies: Record<string, boolean> };
  /** E.g. `departments`, the department descriptions the server serves. */
  extraProperties?: Record<string, unknown>;
}

/**
 * The parts of ABP's ConfigStateService our code and ABP's RoutesService/PermissionService read,
 * backed by a plain object (what `/api/abp/application-configuration` would have returned).
 */
export class FakeConfigState {
  private readonly state$ = new BehaviorSubject<FakeAppConfig>({});

  constructor(initial: FakeAppConfig = {}) {
    this.state$.next(initial);
  }

  setState(state: FakeAppConfig): void {
    this.state$.next(state);
  }

  getAll(): FakeAppConfig {
    return this.state$.value;
  }

  getAll$() {
    return this.state$.asObservable();
  }

  getOne(key: keyof FakeAppConfig) {
    return this.state$.value[key] as any;
  }

  getOne$(key: keyof FakeAppConfig) {
    return this.state$.pipe(map(state => state[key] as any));
  }

  get createOnUpdateStream() {
    return <T>(selector: (state: FakeAppConfig) => T) => this.state$.pipe(map(selector));
  }
}

/** Renders a localization key as `[Key]` (or its default value), so tests can see which key a template used. */
export const fakeLocalization = {
  instant(key: string | { key: string; defaultValue: string }, ...params: string[]): string {
    const text = typeof key === 'string' ? `[${key}]` : `[${key.key}|${key.defaultValue}]`;
    return params.length ? `${text}(${params.join(',')})` : text;
  },
  get(key: string | { key: string; defaultValue: string }, ...params: string[]) {
    return of(fakeLocalization.instant(key, ...params));
  },
};

export function provideAbpFakes(config: FakeConfigState = new FakeConfigState()): Provider[] {
  return [
    { provide: ConfigStateService, useValue: config },
    { provide: LocalizationService, useValue: fakeLocalization },
    { provide: OTHERS_GROUP, useValue: 'AbpUi::OthersGroup' },
    {
      provide: SORT_COMPARE_FUNC,
      useValue: (a: { order?: number }, b: { order?: number }) => (a.order ?? 0) - (b.order ?? 0),
    },
  ];
}
