import { heatLevel, percent } from './command-view';
import { subjectKey, supervisionStatusKey } from '../supervision-list/supervision-list';

describe('command view figures', () => {
  it('shows a rate as a percentage and nothing judged as a dash, not 100%', () => {
    expect(percent(0.3333)).toBe('33.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
  });

  it('colours a territory by its open cases against the busiest one', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(6, 10)).toBe(3);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(3, 0)).toBe(0);
  });

  it('names every subject and status with a localization key', () => {
    expect(subjectKey('case')).toBe('Dalad::Supervisions:Subject:Case');
    expect(subjectKey('warning')).toBe('Dalad::Supervisions:Subject:Warning');
    expect(supervisionStatusKey('answered')).toBe('Dalad::Supervisions:Status:Answered');
  });
});
