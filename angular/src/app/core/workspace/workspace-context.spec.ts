import { TestBed } from '@angular/core/testing';
import { firstValueFrom, of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { WorkspaceEntryDto, WorkspaceService } from '../../proxy/workspaces';
import { WorkspaceContext } from './workspace-context';

const housing: WorkspaceEntryDto = { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'housing' };
const water: WorkspaceEntryDto = { bodyCode: 'water', bodyName: 'Water bureau', kind: 'industry', workspace: 'water' };

describe('WorkspaceContext', () => {
  let config: FakeConfigState;
  let mine: WorkspaceEntryDto[];
  let getMine: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    localStorage.clear();
    config = new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'alice' } });
    mine = [housing, water];
    getMine = vi.fn(() => of(mine));
    TestBed.configureTestingModule({
      providers: [...provideAbpFakes(config), { provide: WorkspaceService, useValue: { getMine } }],
    });
  });

  it('remembers the choice per user', () => {
    const context = TestBed.inject(WorkspaceContext);
    context.select(water);
    expect(context.remembered()).toBe('water');
    expect(localStorage.getItem('dalad.workspace.alice')).toBe('water');

    config.setState({ currentUser: { isAuthenticated: true, id: 'bob' } });
    expect(context.remembered()).toBeNull();
  });

  it('loads the bodies again when another user signs in', async () => {
    const context = TestBed.inject(WorkspaceContext);
    await firstValueFrom(context.load());
    config.setState({ currentUser: { isAuthenticated: true, id: 'bob' } });
    mine = [housing];
    expect(await firstValueFrom(context.load())).toEqual([housing]);
    expect(getMine).toHaveBeenCalledTimes(2);
    expect(context.entries()).toEqual([housing]);
  });

  it('picks the remembered body for the header when a deep link was opened', async () => {
    const context = TestBed.inject(WorkspaceContext);
    localStorage.setItem('dalad.workspace.alice', 'water');
    await firstValueFrom(context.ensureCurrent());
    expect(context.current()).toEqual(water);
    expect(context.hasSeveral()).toBe(true);
  });

  it('picks the only body for the header', async () => {
    mine = [housing];
    const context = TestBed.inject(WorkspaceContext);
    await firstValueFrom(context.ensureCurrent());
    expect(context.current()).toEqual(housing);
    expect(context.hasSeveral()).toBe(false);
  });

  it('asks nothing before sign-in', async () => {
    config.setState({ currentUser: { isAuthenticated: false, id: null } });
    const context = TestBed.inject(WorkspaceContext);
    expect(await firstValueFrom(context.ensureCurrent())).toEqual([]);
    expect(getMine).not.toHaveBeenCalled();
  });
});
