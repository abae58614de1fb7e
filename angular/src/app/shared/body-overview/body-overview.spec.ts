import { TestBed } from '@angular/core/testing';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { BodyOverview } from './body-overview';

describe('BodyOverview', () => {
  it("shows the body's details and an empty to-do list", () => {
    TestBed.configureTestingModule({ providers: [...provideAbpFakes(new FakeConfigState({}))] });
    const fixture = TestBed.createComponent(BodyOverview);
    fixture.componentRef.setInput('entry', { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'generic' });
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(el.querySelector('[data-testid="body-name"]')?.textContent).toBe('Housing bureau');
    expect(el.textContent).toContain('[Dalad::BodyKind:industry|industry]');
    expect(el.querySelector('code')?.textContent).toBe('housing');
    expect(el.querySelector('[data-testid="todo-empty"]')?.textContent).toBe('[Dalad::Workspace:Todo:Empty]');
  });
});
