import { MatrixChange } from '../data/matrix.models';
import { changeSubject, describeChange } from './describe-change';

function change(overrides: Partial<MatrixChange>): MatrixChange {
  return {
    version: 1,
    time: '2026-01-01T08:00:00+08:00',
    userName: 'admin',
    basis: 'Notice 12',
    action: 'BodyUpdated',
    entityType: 'Body',
    entityKey: 'market',
    bodyCode: 'market',
    ...overrides,
  };
}

describe('describeChange', () => {
  it('names the keywords a change added and removed', () => {
    const c = change({
      action: 'KeywordAdded',
      entityType: 'ScopeItem',
      entityKey: 'item-1',
      before: { id: 'item-1', sector: 'Small supermarkets', sourceText: 'x', keywords: ['shop', 'old'] },
      after: { id: 'item-1', sector: 'Small supermarkets', sourceText: 'x', keywords: ['shop', 'kiosk'] },
    });
    expect(describeChange(c)).toEqual([{ field: 'keywords', added: ['kiosk'], removed: ['old'] }]);
    expect(changeSubject(c)).toBe('Small supermarkets');
  });

  it('gives the old and new value of a changed field, and leaves out the state flag', () => {
    const c = change({
      action: 'BodyUpdated',
      before: { code: 'market', name: 'Market', kind: 'industry', duty: null, isActive: true },
      after: { code: 'market', name: 'Market supervision', kind: 'industry', duty: 'Shops', isActive: false },
    });
    expect(describeChange(c)).toEqual([
      { field: 'name', from: 'Market', to: 'Market supervision' },
      { field: 'duty', from: '', to: 'Shops' },
    ]);
  });

  it('compares villages by name', () => {
    const c = change({
      action: 'VillageAdded',
      entityType: 'Territory',
      before: { code: '150621104', name: 'Zhaojun town', aliases: [], villages: [] },
      after: { code: '150621104', name: 'Zhaojun town', aliases: [], villages: [{ name: 'East village', kind: 'village', code: null }] },
    });
    expect(describeChange(c)).toEqual([{ field: 'villages', added: ['East village'], removed: [] }]);
  });

  it('summarises what was created, and what was removed', () => {
    const body = { code: 'veterans', name: 'Veterans affairs', kind: 'industry', duty: null, isActive: true };
    expect(describeChange(change({ action: 'BodyCreated', before: null, after: body }))).toEqual([
      { field: 'code', to: 'veterans' },
      { field: 'kind', to: 'industry' },
    ]);
    const item = { id: 'i', sector: 'Bars', sourceText: '', keywords: ['bar', 'pub'] };
    expect(describeChange(change({ action: 'ScopeItemRemoved', entityType: 'ScopeItem', before: item, after: null }))).toEqual([
      { field: 'keywords', removed: ['bar', 'pub'] },
    ]);
    expect(changeSubject(change({ entityType: 'ScopeItem', before: item, after: null }))).toBe('Bars');
  });
});
