import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { WorkspaceEntryDto, WorkspaceService } from '../../proxy/workspaces';
import { CurrentBody } from './current-body';

const housing: WorkspaceEntryDto = { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'housing' };
const water: WorkspaceEntryDto = { bodyCode: 'water', bodyName: 'Water bureau', kind: 'industry', workspace: 'water' };

function render(mine: WorkspaceEntryDto[], authenticated = true, remembered?: string): HTMLElement {
  localStorage.clear();
  if (remembered) {
    localStorage.setItem('dalad.workspace.u1', remembered);
  }
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: authenticated, id: 'u1' } })),
      { provide: WorkspaceService, useValue: { getMine: () => of(mine) } },
    ],
  });
  const fixture = TestBed.createComponent(CurrentBody);
  fixture.detectChanges();
  return fixture.nativeElement;
}

describe('CurrentBody (header)', () => {
  it("shows the only body's name, with nothing to switch to", () => {
    const el = render([housing]);
    expect(el.querySelector('[data-testid="current-body"]')?.textContent).toContain('Housing bureau');
    expect(el.querySelector('a')).toBeNull();
  });

  it('shows the body a member of several bodies chose, and offers to switch', () => {
    const el = render([housing, water], true, 'water');
    expect(el.querySelector('[data-testid="current-body"]')?.textContent).toContain('Water bureau');
    const link = el.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/workspace');
    expect(link.textContent?.trim()).toBe('[Dalad::Workspace:SwitchBody]');
  });

  it('shows no body while a member of several bodies has not chosen one', () => {
    const el = render([housing, water]);
    expect(el.querySelector('[data-testid="current-body"]')).toBeNull();
  });

  it('shows nothing before sign-in', () => {
    const el = render([housing], false);
    expect(el.querySelector('[data-testid="current-body"]')).toBeNull();
  });
});
