import { actionKey, gradeKey, lineEvidence, lineKey, scoreChartOptions } from './assessment-list';
import type { AssessmentRowDto } from '../../../proxy/generated/models';
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

  it('draws one bar per subject in rank order, coloured by grade, with the deductions in the tooltip', () => {
    const line = (deduction: number) => ({ key: 'false-closures', count: 1, of: null, rate: null, weight: 5, deduction, known: true });
    const row = (code: string, rank: number, score: number, grade: string, deduction: number) =>
      ({ kind: 'body', code, name: code + '局', rank, score, grade, lines: [line(deduction)] }) as unknown as AssessmentRowDto;
    const options = scoreChartOptions([row('b', 2, 71.456, 'fail', 15), row('a', 1, 92, 'excellent', 0)], key => key);
    expect(options.yAxis.data).toEqual(['a局', 'b局']);
    expect(options.series[0].data.map(d => d.value)).toEqual([92, 71.46]);
    expect(options.series[0].data[0].itemStyle.color).not.toBe(options.series[0].data[1].itemStyle.color);
    expect(options.tooltip.formatter({ dataIndex: 1 })).toContain('Dalad::Assessments:Deduction 15');
  });
});
