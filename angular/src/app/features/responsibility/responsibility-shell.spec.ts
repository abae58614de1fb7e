import { TestBed } from '@angular/core/testing';
import { Route } from '@angular/router';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { ResponsibilityShell } from './responsibility-shell';
import { RESPONSIBILITY_ROUTES } from './responsibility.routes';
import { MANAGE_PERMISSION } from './shared/permissions';
import { KeywordSuggestionList } from './suggestions/keyword-suggestions';
import { provideResponsibilityTesting } from './testing/responsibility-testing';

function tabs(canManage: boolean): string[] {
  TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api: {}, canManage }) });
  const fixture = TestBed.createComponent(ResponsibilityShell);
  fixture.detectChanges();
  return [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-tab]')].map(a => a.dataset['tab']!);
}

function child(path: string): Route {
  const found = RESPONSIBILITY_ROUTES[0].children!.find(r => r.path === path);
  if (!found) {
    throw new Error(`no route ${path}`);
  }
  return found;
}

describe('ResponsibilityShell', () => {
  it('shows every reader the matrix tabs', () => {
    expect(tabs(false)).toEqual(['bodies', 'territories', 'duties', 'history', 'as-of']);
  });

  it("adds the managers' tabs: the department modules and the keyword suggestions", () => {
    expect(tabs(true)).toEqual(['bodies', 'territories', 'duties', 'departments', 'suggestions', 'history', 'as-of']);
  });
});

describe('responsibility routes', () => {
  it.each(['departments', 'departments/new', 'departments/:key', 'suggestions'])('guards %s by the manage permission', path => {
    const route = child(path);
    expect(route.canActivate?.length).toBe(1);
    expect(route.data).toEqual({ requiredPolicy: MANAGE_PERMISSION, redirectUrl: FORBIDDEN_URL });
  });

  it('opens the keyword suggestions under their own title', () => {
    expect(child('suggestions').component).toBe(KeywordSuggestionList);
    expect(child('suggestions').title).toBe('Dalad::Responsibility:Tabs:Suggestions');
  });

  it.each(['bodies', 'territories', 'duties', 'history', 'as-of'])('leaves %s open to every reader', path => {
    expect(child(path).canActivate).toBeUndefined();
  });
});
