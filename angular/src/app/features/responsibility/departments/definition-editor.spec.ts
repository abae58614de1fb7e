import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import type { DepartmentDefinition } from '../../../proxy/generated/models';
import { byTestId, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { DefinitionEditor } from './definition-editor';
import { DefinitionForm } from './definition-form';
import { DefinitionsApi } from './definitions-api';

const bodies = [
  { code: 'edu-bureau', name: 'Education bureau', kind: 'industry', duty: null, isActive: true },
  { code: 'housing', name: 'Housing bureau', kind: 'industry', duty: null, isActive: true },
];

const stored: DepartmentDefinition = {
  key: 'education',
  names: { 'zh-Hans': 'Jiaoyu', en: 'Education' },
  descriptions: {},
  permission: 'Dalad.Departments.education',
  bodyCodes: ['edu-bureau'],
  bodyKinds: [],
  ownerBodyCode: 'edu-bureau',
  territoryKinds: null,
  industryBodyCode: 'edu-bureau',
  kinds: [{ key: 'school', names: { 'zh-Hans': 'Xuexiao', en: 'School' }, fields: [] }],
  cards: [],
  menu: [],
  texts: {},
  projectTypes: [],
  checklist: [],
  rules: [],
  effectiveCards: null,
  effectiveMenu: null,
};

function fakeApi() {
  return {
    getBodies: vi.fn(() => of({ totalCount: bodies.length, items: bodies })),
    get: vi.fn(() => of({ definition: stored, source: 'run-time', isActive: true, createdAt: '', createdBy: null, lastModifiedAt: null, lastModifiedBy: null })),
    create: vi.fn(() => of({ definition: stored })),
    update: vi.fn(() => of({ definition: stored })),
  };
}

async function render(key: string | null, api = fakeApi()) {
  TestBed.configureTestingModule({
    providers: [
      ...provideResponsibilityTesting({ api: {}, canManage: true }),
      { provide: DefinitionsApi, useValue: api },
      { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap(key ? { key } : {}) } } },
    ],
  });
  const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(DefinitionEditor);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'def-save')).not.toBeNull());
  return { fixture, api, navigate, el: fixture.nativeElement as HTMLElement };
}

function input(el: HTMLElement, selector: string): HTMLInputElement {
  const found = el.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error('no ' + selector);
  return found;
}

describe('DefinitionEditor', () => {
  it('refuses an empty form with a summary naming each field, and sends nothing', async () => {
    const { fixture, el, api } = await render(null);
    byTestId(el, 'def-save')!.click();
    await settle(fixture, () => expect(byTestId(el, 'definition-summary')).not.toBeNull());
    const summary = byTestId(el, 'definition-summary')!.textContent!;
    expect(summary).toContain('[Dalad::Definitions:Key]');
    expect(summary).toContain('[Dalad::Definitions:NameZh]');
    expect(summary).toContain('[Dalad::Definitions:NoBodies]');
    expect(summary).toContain('[Dalad::Definitions:Owner]');
    expect(api.create).not.toHaveBeenCalled();
  });

  it('says a key in the wrong form is wrong', async () => {
    const { fixture, el } = await render(null);
    type(input(el, '#def-key'), 'Edu Cation');
    byTestId(el, 'def-save')!.click();
    await settle(fixture, () => expect(byTestId(el, 'definition-summary')?.textContent).toContain('[Dalad::Definitions:KeyFormat]'));
  });

  it('creates a department with a register kind, its typed field and the body it serves', async () => {
    const { fixture, el, api, navigate } = await render(null);
    type(input(el, '#def-key'), 'education');
    type(input(el, '#def-nameZh'), 'Jiaoyu');
    type(input(el, '#def-nameEn'), 'Education');
    input(el, '#def-body-edu-bureau').click();
    const owner = el.querySelector<HTMLSelectElement>('#def-ownerBodyCode')!;
    owner.value = owner.options[owner.options.length - 2].value; // edu-bureau
    owner.dispatchEvent(new Event('change'));
    type(input(el, '#def-kinds-0-key'), 'school');
    type(input(el, '#def-kinds-0-nameZh'), 'Xuexiao');
    type(input(el, '#def-kinds-0-nameEn'), 'School');
    byTestId(el, 'def-add-field')!.click();
    fixture.detectChanges();
    type(input(el, '#def-kinds-0-fields-0-key'), 'credit-code');
    type(input(el, '#def-kinds-0-fields-0-nameZh'), 'Xinyong daima');
    type(input(el, '#def-kinds-0-fields-0-nameEn'), 'Credit code');
    // The type select is driven in the browser test (DepartmentFromNothingTests); here its control is set.
    (fixture.componentInstance as unknown as { form: DefinitionForm }).form.controls.kinds.at(0).controls.fields.at(0).controls.type.setValue('credit-code');
    input(el, '#def-kinds-0-fields-0-required').click();
    byTestId(el, 'def-save')!.click();
    await settle(fixture, () => expect(api.create).toHaveBeenCalled());
    const sent = (api.create.mock.calls[0] as unknown as [{ definition: DepartmentDefinition }])[0].definition;
    expect(sent.key).toBe('education');
    expect(sent.names).toEqual({ 'zh-Hans': 'Jiaoyu', en: 'Education' });
    expect(sent.bodyCodes).toEqual(['edu-bureau']);
    expect(sent.ownerBodyCode).toBe('edu-bureau');
    expect(sent.kinds).toEqual([
      { key: 'school', names: { 'zh-Hans': 'Xuexiao', en: 'School' }, fields: [{ key: 'credit-code', names: { 'zh-Hans': 'Xinyong daima', en: 'Credit code' }, type: 'credit-code', required: true }] },
    ]);
    expect(navigate).toHaveBeenCalledWith(['/responsibility/departments'], { queryParams: { saved: 'education' } });
  }, 20_000);

  it('edits a stored definition: the key stays fixed, a second kind is added, the permission is kept', async () => {
    const { fixture, el, api } = await render('education');
    expect(input(el, '#def-key').disabled).toBe(true);
    expect(input(el, '#def-nameZh').value).toBe('Jiaoyu');
    byTestId(el, 'def-add-kind')!.click();
    fixture.detectChanges();
    type(input(el, '#def-kinds-1-key'), 'training');
    type(input(el, '#def-kinds-1-nameZh'), 'Peixun');
    type(input(el, '#def-kinds-1-nameEn'), 'Training');
    byTestId(el, 'def-save')!.click();
    await settle(fixture, () => expect(api.update).toHaveBeenCalled());
    const [key, body] = api.update.mock.calls[0] as unknown as [string, { definition: DepartmentDefinition }];
    expect(key).toBe('education');
    expect(body.definition.permission).toBe('Dalad.Departments.education');
    expect(body.definition.kinds.map(k => k.key)).toEqual(['school', 'training']);
  });

  it("shows the server's refusal above the form and stays on it", async () => {
    const api = fakeApi();
    api.update.mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: { title: 'Refused', detail: 'Kind in use' } })) as never,
    );
    const { fixture, el, navigate } = await render('education', api);
    byTestId(el, 'def-save')!.click();
    await settle(fixture, () => expect(byTestId(el, 'definition-problem')?.textContent).toContain('Kind in use'));
    expect(navigate).not.toHaveBeenCalled();
  });
});
