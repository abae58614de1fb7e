import { RULE_FIELDS, rulesInput } from './assessment-rules';
import { parseConflicts } from '../draws/draw-inspectors';

describe('assessment rules form', () => {
  it('starts from the saved numbers with an empty note, one labelled field per rule', () => {
    const input = rulesInput({
      version: 3, inTimeWeight: 50, satisfactionWeight: 20, falseClosurePoints: 5, offPlatformProjectPoints: 3, missedInspectionPoints: 1,
      lateSupervisionPoints: 2, excellentFrom: 90, goodFrom: 80, passFrom: 60, rectificationWorkingDays: 20, note: '上次的说明', savedAt: null, savedBy: null,
    });
    expect(input.inTimeWeight).toBe(50);
    expect(input.note).toBe('');
    expect(RULE_FIELDS.map(f => f.field).sort()).toEqual(Object.keys(input).filter(k => k !== 'note').sort());
    expect(new Set(RULE_FIELDS.map(f => f.key)).size).toBe(RULE_FIELDS.length);
  });
});

describe('declared conflicts', () => {
  it('reads credit codes separated by commas, spaces or new lines, upper-cased, once each', () => {
    expect(parseConflicts('91150621ma0abc1234，91150621MA0ABC1234\n 911506210000000001 ')).toEqual(['91150621MA0ABC1234', '911506210000000001']);
    expect(parseConflicts('  ')).toEqual([]);
  });
});
