import type { DepartmentDefinition } from '../../../proxy/generated/models';
import { definitionForm, definitionProblems, parseTextLines, toDefinition } from './definition-form';

/** A plugin's definition as stored (the townships' shape: the entry's territory decides the owner). */
const townships: DepartmentDefinition = {
  key: 'townships',
  names: { 'zh-Hans': 'Zhen', en: 'Towns and streets' },
  descriptions: { 'zh-Hans': 'Cun', en: 'Villages' },
  permission: 'Dalad.Townships',
  bodyCodes: [],
  bodyKinds: ['territorial'],
  ownerBodyCode: null,
  territoryKinds: ['town', 'sumu', 'street'],
  industryBodyCode: null,
  kinds: [
    { key: 'village', names: { 'zh-Hans': 'Cun', en: 'Village' }, fields: [{ key: 'households', names: { 'zh-Hans': 'Hu', en: 'Households' }, type: 'number', required: false }] },
  ],
  cards: [{ type: 'case-todo', kind: null }, { type: 'register', kind: 'village' }],
  menu: [{ key: 'main', names: { 'zh-Hans': 'Zhen', en: 'Towns' }, path: '', icon: 'fa fa-map-marker', requiredPolicy: 'Dalad.Townships' }],
  texts: { 'zh-Hans': { 'Townships:Help': 'Bangzhu' } },
  projectTypes: [],
  checklist: [],
  rules: [],
  effectiveCards: null,
  effectiveMenu: null,
};

describe('definition form', () => {
  it('gives back a stored definition unchanged when nothing is edited', () => {
    expect(toDefinition(definitionForm(townships), townships)).toEqual(townships);
    expect(definitionProblems(definitionForm(townships))).toEqual([]);
  });

  it('asks for the territory kinds when the territory decides the owner', () => {
    const form = definitionForm(townships);
    form.controls.territoryKinds.setValue([]);
    expect(definitionProblems(form).map(p => p.problemKey)).toEqual(['Dalad::Definitions:NoTerritoryKinds']);
  });

  it('drops the territory kinds once an owning body is chosen', () => {
    const form = definitionForm(townships);
    form.controls.ownerBodyCode.setValue('housing');
    expect(toDefinition(form, townships).territoryKinds).toBeNull();
  });

  it('reads texts as key=value lines and refuses a line without a key', () => {
    expect(parseTextLines('A:B=one\n\n C = two = 2 ')).toEqual({ 'A:B': 'one', C: 'two = 2' });
    const form = definitionForm(townships);
    form.controls.textsEn.setValue('no key here');
    expect(definitionProblems(form)).toEqual([
      { id: 'def-textsEn', labelKey: 'Dalad::Definitions:TextsEn', problemKey: 'Dalad::Definitions:TextsFormat', args: [] },
    ]);
  });

  it('names a bad field of a register kind by its own element id', () => {
    const form = definitionForm(townships);
    form.controls.kinds.at(0).controls.fields.at(0).controls.key.setValue('Bad Key');
    expect(definitionProblems(form)).toEqual([
      { id: 'def-kinds-0-fields-0-key', labelKey: 'Dalad::Definitions:Key', problemKey: 'Dalad::Definitions:KeyFormat', args: [] },
    ]);
  });
});
