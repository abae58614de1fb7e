import { ILLEGAL_DEMAND_KINDS, incidentKey, ON_SITE_ROLES, OPINION_GRADES, splitBodyCodes } from './incidents-api';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = [process.cwd(), join(process.cwd(), 'angular')].find(dir => existsSync(join(dir, 'localization-keys.json')))!;
const keys: Record<string, { 'zh-Hans': string; en: string }> = JSON.parse(readFileSync(join(projectRoot, 'localization-keys.json'), 'utf8'));

describe('incident labels', () => {
  it('turns the server codes into localization keys', () => {
    expect(incidentKey('Level', 'joint-office')).toBe('Dalad::Enforcement:Incident:Level:JointOffice');
    expect(incidentKey('Demand', 'spreading-rumours')).toBe('Dalad::Enforcement:Incident:Demand:SpreadingRumours');
    expect(incidentKey('Grade', 'huge')).toBe('Dalad::Enforcement:Unknown');
  });

  it('reads body codes typed with either comma, semicolons or spaces', () => {
    expect(splitBodyCodes(' hrss, police\uff0ccourt;  union ')).toEqual(['hrss', 'police', 'court', 'union']);
    expect(splitBodyCodes('  ')).toEqual([]);
  });

  it('has a Chinese label for every role, grade, kind, status and escalation level', () => {
    const codes: [Parameters<typeof incidentKey>[0], string][] = [
      ...ON_SITE_ROLES.map(c => ['Role', c] as [Parameters<typeof incidentKey>[0], string]),
      ...OPINION_GRADES.map(c => ['Grade', c] as [Parameters<typeof incidentKey>[0], string]),
      ...ILLEGAL_DEMAND_KINDS.map(c => ['Demand', c] as [Parameters<typeof incidentKey>[0], string]),
      ['Status', 'open'], ['Status', 'settled'], ['Status', 'received'], ['Status', 'handled'],
      ['Level', 'joint-office'], ['Level', 'government'],
    ];
    for (const [group, code] of codes) {
      const key = incidentKey(group, code).replace('Dalad::', '');
      expect(keys[key]?.['zh-Hans'], key).toBeTruthy();
    }
  });
});
