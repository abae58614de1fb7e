import { ProjectListItemDto, ProjectTypeDto, WarningDto, WarningRuleDto } from '../../../../proxy/generated/models';
import { supervisionOf } from './department-supervision';

/** The page picks a department's own items out of what the server serves, by the served group and key prefixes. */
describe('supervisionOf', () => {
  const types = [
    { code: 'E1', name: 'a', group: 'alpha', checklist: [{ key: 'real-name', name: 'common' }, { key: 'alpha-x', name: 'X' }] },
    { code: 'E2', name: 'b', group: 'beta', checklist: [{ key: 'real-name', name: 'common' }, { key: 'gamma-y', name: 'Y' }] },
    { code: 'E3', name: 'c', group: 'beta', checklist: [{ key: 'real-name', name: 'common' }] },
  ] as ProjectTypeDto[];
  const rules = [
    { key: 'account-late', name: 'common', threshold: 30, severity: 'high', enabled: true },
    { key: 'alpha-rule', name: 'A', threshold: 15, severity: 'high', enabled: true },
    { key: 'gamma-rule', name: 'G', threshold: 45, severity: 'medium', enabled: true },
  ] as WarningRuleDto[];
  const projects = [{ id: '1', typeCode: 'E1' }, { id: '2', typeCode: 'E2' }, { id: '3', typeCode: 'E3' }] as ProjectListItemDto[];
  const warnings = [
    { id: 'w1', ruleKey: 'alpha-rule' },
    { id: 'w2', ruleKey: 'account-late' },
    { id: 'w3', ruleKey: 'gamma-rule' },
  ] as WarningDto[];

  it('takes a department with types of its own: its types, items, rules, projects and warnings', () => {
    const v = supervisionOf('alpha', types, rules, projects, warnings);
    expect(v.types.map(t => t.code)).toEqual(['E1']);
    expect(v.items).toEqual([{ key: 'alpha-x', name: 'X', types: ['E1'] }]);
    expect(v.rules.map(r => r.key)).toEqual(['alpha-rule']);
    expect(v.projects.map(p => p.id)).toEqual(['1']);
    expect(v.warnings.map(w => w.id)).toEqual(['w1']);
  });

  it('takes a department without types of its own by the types its items apply to', () => {
    const v = supervisionOf('gamma', types, rules, projects, warnings);
    expect(v.types).toEqual([]);
    expect(v.items.map(i => i.key)).toEqual(['gamma-y']);
    expect(v.projects.map(p => p.id)).toEqual(['2']);
    expect(v.warnings.map(w => w.id)).toEqual(['w3']);
  });
});
