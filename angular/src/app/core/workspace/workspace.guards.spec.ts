import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, convertToParamMap, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import { firstValueFrom, isObservable, Observable, of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { WorkspaceEntryDto, WorkspaceService } from '../../proxy/workspaces';
import { bodyMemberGuard, landingGuard, pickerGuard } from './workspace.guards';
import { WorkspaceContext } from './workspace-context';

const housing: WorkspaceEntryDto = { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'housing' };
const townA: WorkspaceEntryDto = { bodyCode: 'zhaojun-town', bodyName: 'Zhaojun', kind: 'territorial', workspace: 'townships' };
const jointOffice: WorkspaceEntryDto = {
  bodyCode: 'joint-office',
  bodyName: 'Joint office',
  kind: 'coordination',
  workspace: 'coordination',
};

function setup(mine: () => Observable<WorkspaceEntryDto[]>, userId = 'user-1') {
  localStorage.clear();
  const getMine = vi.fn(mine);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: userId } })),
      { provide: WorkspaceService, useValue: { getMine } },
    ],
  });
  return { getMine, router: TestBed.inject(Router), context: TestBed.inject(WorkspaceContext) };
}

async function run(guard: typeof landingGuard, params: Record<string, string> = {}): Promise<boolean | UrlTree> {
  const route = { paramMap: convertToParamMap(params) } as ActivatedRouteSnapshot;
  const result = TestBed.runInInjectionContext(() => guard(route, {} as RouterStateSnapshot));
  return (isObservable(result) ? await firstValueFrom(result) : await result) as boolean | UrlTree;
}

function url(result: boolean | UrlTree): string | boolean {
  return result instanceof UrlTree ? result.toString() : result;
}

describe('landingGuard (after login)', () => {
  it('goes straight to the workspace of the only body', async () => {
    setup(() => of([housing]));
    expect(url(await run(landingGuard))).toBe('/workspace/housing');
  });

  it('opens the picker for a member of several bodies', async () => {
    setup(() => of([housing, townA]));
    expect(url(await run(landingGuard))).toBe('/workspace');
  });

  it('goes to the body chosen last time on this browser', async () => {
    const { context } = setup(() => of([housing, townA]));
    context.select(townA);
    context.reset();
    expect(url(await run(landingGuard))).toBe('/workspace/zhaojun-town');
  });

  it('lands the joint office on its overview', async () => {
    setup(() => of([jointOffice]));
    expect(url(await run(landingGuard))).toBe('/workspace/joint-office');
  });

  it('opens the picker when the bodies cannot be loaded', async () => {
    setup(() => throwError(() => new Error('500')));
    expect(url(await run(landingGuard))).toBe('/workspace');
  });

  it('asks the server once per user', async () => {
    const { getMine } = setup(() => of([housing]));
    await run(landingGuard);
    await run(pickerGuard);
    await run(bodyMemberGuard, { bodyCode: 'housing' });
    expect(getMine).toHaveBeenCalledTimes(1);
  });
});

describe('pickerGuard (/workspace)', () => {
  it('skips the picker when there is only one body', async () => {
    setup(() => of([housing]));
    expect(url(await run(pickerGuard))).toBe('/workspace/housing');
  });

  it('shows the picker for several bodies', async () => {
    setup(() => of([housing, townA]));
    expect(await run(pickerGuard)).toBe(true);
  });

  it('shows the picker (with its explanation) when the user has no body', async () => {
    setup(() => of([]));
    expect(await run(pickerGuard)).toBe(true);
  });
});

describe('bodyMemberGuard (/workspace/:bodyCode)', () => {
  it('lets a member in, makes the body current and remembers it', async () => {
    const { context } = setup(() => of([housing, townA]));
    expect(await run(bodyMemberGuard, { bodyCode: 'zhaojun-town' })).toBe(true);
    expect(context.current()).toEqual(townA);
    expect(context.remembered()).toBe('zhaojun-town');
  });

  it('sends a non-member back to the picker', async () => {
    const { context } = setup(() => of([housing]));
    expect(url(await run(bodyMemberGuard, { bodyCode: 'transport' }))).toBe('/workspace');
    expect(context.current()).toBeNull();
  });
});
