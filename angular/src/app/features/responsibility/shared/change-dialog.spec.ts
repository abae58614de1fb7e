import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';
import { byTestId, dialog, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { ChangeDialog, ChangeRequest } from './change-dialog';

@Component({
  imports: [ChangeDialog, ReactiveFormsModule],
  template: `
    <dalad-change-dialog [request]="request()" (closed)="closed = closed + 1; request.set(null)" (saved)="saved.push($event)">
      <input data-testid="field" [formControl]="form.controls.name" />
    </dalad-change-dialog>
  `,
})
class Host {
  readonly request = signal<ChangeRequest | null>(null);
  readonly form = new FormGroup({ name: new FormControl('', { nonNullable: true, validators: Validators.required }) });
  closed = 0;
  saved: unknown[] = [];
}

function refusal(detail: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 409,
    error: { title: 'Refused', detail, error: { code: 'X', message: 'Refused', details: detail, validationErrors: null } },
  });
}

describe('ChangeDialog', () => {
  const toaster = { success: vi.fn(), error: vi.fn() };

  async function open(submit: ChangeRequest['submit']) {
    TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api: {}, toaster, canManage: true }) });
    const fixture = TestBed.createComponent(Host);
    const host = fixture.componentInstance;
    host.request.set({ kind: 'test', titleKey: 'Dalad::Test:Title', submitKey: 'AbpUi::Save', form: host.form, submit });
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    return { fixture, host };
  }

  afterEach(() => {
    document.querySelectorAll('ngb-modal-window, ngb-modal-backdrop').forEach(e => e.remove());
    toaster.success.mockReset();
  });

  it('shows the title, the page fields and the basis', async () => {
    await open(() => of({}));
    expect(byTestId(dialog(), 'change-title')?.textContent?.trim()).toBe('[Dalad::Test:Title]');
    expect(byTestId(dialog(), 'field')).not.toBeNull();
  });

  it('sends nothing without a basis, and says the basis is required', async () => {
    const submit = vi.fn(() => of({}));
    const { fixture, host } = await open(submit);
    type(byTestId(dialog(), 'field'), 'value');
    type(byTestId(dialog(), 'change-basis'), '   ');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'field-error')?.textContent).toContain('[Dalad::Responsibility:Form:Required]'));
    expect(submit).not.toHaveBeenCalled();
    expect(host.saved).toEqual([]);
  });

  it("sends nothing while the page's own fields are invalid", async () => {
    const submit = vi.fn(() => of({}));
    await open(submit);
    type(byTestId(dialog(), 'change-basis'), 'Notice 12');
    byTestId(dialog(), 'change-submit')!.click();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends the change with the trimmed basis, confirms it and closes', async () => {
    const submit = vi.fn(() => of({ code: 'x' }));
    const { fixture, host } = await open(submit);
    type(byTestId(dialog(), 'field'), 'value');
    type(byTestId(dialog(), 'change-basis'), '  Notice 12  ');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(submit).toHaveBeenCalledWith('Notice 12');
    expect(host.saved).toEqual([{ code: 'x' }]);
    expect(host.closed).toBe(1);
    expect(toaster.success).toHaveBeenCalledWith('Dalad::Responsibility:Change:Saved');
  });

  it("shows the server's refusal in place and stays open", async () => {
    const { fixture, host } = await open(() => throwError(() => refusal('The body still owns open cases.')));
    type(byTestId(dialog(), 'field'), 'value');
    type(byTestId(dialog(), 'change-basis'), 'Notice 12');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () =>
      expect(byTestId(dialog(), 'problem-message')?.textContent?.trim()).toBe('The body still owns open cases.'),
    );
    expect(dialog()).not.toBeNull();
    expect(host.saved).toEqual([]);
    expect(toaster.success).not.toHaveBeenCalled();
  });

  it('offers the basis of the last saved change again', async () => {
    const { fixture, host } = await open(() => of({}));
    type(byTestId(dialog(), 'field'), 'value');
    type(byTestId(dialog(), 'change-basis'), 'Notice 12');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());

    host.request.set({ kind: 'test', titleKey: 'Dalad::Test:Title', submitKey: 'AbpUi::Save', form: host.form, submit: () => of({}) });
    await settle(fixture, () => expect(byTestId<HTMLTextAreaElement>(dialog(), 'change-basis')?.value).toBe('Notice 12'));
  });
});
