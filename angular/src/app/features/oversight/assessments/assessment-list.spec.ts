import { actionKey, gradeKey, lineEvidence, lineKey } from './assessment-list';
import { outcomeKey } from '../draws/outcomes';

describe('assessment evidence', () => {
  it('shows a rate line as count over judged with the percentage, a deduction as its count, an unknown fact as such', () => {
    expect(lineEvidence({ key: 'in-time', count: 3, of: 4, rate: 0.75, weight: 40, deduction: 10, known: true }).value).toBe('3/4 = 75.0%');
    expect(lineEvidence({ key: 'in-time', count: 0, of: 0, rate: null, weight: 40, deduction: 0, known: true }).value).toBe('0/0 = —');
    expect(lineEvidence({ key: 'false-closures', count: 2, of: null, rate: null, weight: 5, deduction: 10, known: true }).value).toBe('2');
    expect(lineEvidence({ key: 'off-platform-projects', count: 0, of: null, rate: null, weight: 3, deduction: 0, known: false }).key).toBe(
      'Dalad::Assessments:Unknown',
    );
  });

  it('names grades, lines, actions and outcomes with localization keys', () => {
    expect(gradeKey('fail')).toBe('Dalad::Assessments:Grade:Fail');
    expect(lineKey('late-supervisions')).toBe('Dalad::Assessments:Line:LateSupervisions');
    expect(actionKey('praise')).toBe('Dalad::Assessments:Action:Praise');
    expect(outcomeKey('arrears')).toBe('Dalad::Draws:Outcome:Arrears');
  });
});
