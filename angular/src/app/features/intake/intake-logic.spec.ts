import { Subject } from 'rxjs';
import { RoutingProposal } from './intake-api';
import {
  confirmProblem,
  corrections,
  highlight,
  importFinished,
  importPercent,
  livePreview,
  PreviewInput,
  PreviewState,
} from './intake-logic';

function proposal(territory: string | null, industryBody: string | null): RoutingProposal {
  return {
    territory: { code: territory, name: 't', bodyCode: territory ? 'town-a' : null, confidence: 0.9, evidence: [] },
    industry: { code: industryBody, name: 'i', bodyCode: industryBody, confidence: 0.8, evidence: [] },
    alternatives: [],
    needsDispatcher: !territory || !industryBody,
    matrixVersion: 3,
  };
}

describe('livePreview', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const input = new Subject<PreviewInput>();
    const answers: Subject<RoutingProposal>[] = [];
    const preview = vi.fn((_text: string, _address: string) => {
      const answer = new Subject<RoutingProposal>();
      answers.push(answer);
      return answer;
    });
    const states: PreviewState[] = [];
    livePreview(input, preview, 400).subscribe(s => states.push(s));
    return { input, preview, answers, states };
  }

  it('asks once the operator has paused for 400 ms, with the last text and address', () => {
    const { input, preview, states } = setup();
    input.next({ text: 'road', address: '' });
    vi.advanceTimersByTime(200);
    input.next({ text: 'road works', address: 'Shulinzhao' });
    vi.advanceTimersByTime(399);
    expect(preview).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(preview).toHaveBeenCalledTimes(1);
    expect(preview).toHaveBeenCalledWith('road works', 'Shulinzhao');
    expect(states).toEqual([{ status: 'loading' }]);
  });

  it('does not ask again when only surrounding spaces changed', () => {
    const { input, preview } = setup();
    input.next({ text: 'road works', address: '' });
    vi.advanceTimersByTime(400);
    input.next({ text: 'road works  ', address: ' ' });
    vi.advanceTimersByTime(400);
    expect(preview).toHaveBeenCalledTimes(1);
  });

  it('drops an answer that newer typing made stale', () => {
    const { input, answers, states } = setup();
    input.next({ text: 'first text', address: '' });
    vi.advanceTimersByTime(400);
    input.next({ text: 'second text', address: '' });
    vi.advanceTimersByTime(400);
    answers[0].next(proposal('150621100', 'stale'));
    answers[1].next(proposal('150621101', 'housing'));
    const ready = states.filter(s => s.status === 'ready');
    expect(ready).toHaveLength(1);
    expect((ready[0] as { proposal: RoutingProposal }).proposal.industry.bodyCode).toBe('housing');
  });

  it('shows nothing for empty input and keeps working after a failed request', () => {
    const { input, preview, answers, states } = setup();
    input.next({ text: ' ', address: '' });
    vi.advanceTimersByTime(400);
    expect(preview).not.toHaveBeenCalled();
    expect(states.at(-1)).toEqual({ status: 'idle' });

    input.next({ text: 'unpaid wages', address: '' });
    vi.advanceTimersByTime(400);
    answers[0].error(new Error('down'));
    expect(states.at(-1)?.status).toBe('error');

    input.next({ text: 'unpaid wages again', address: '' });
    vi.advanceTimersByTime(400);
    answers[1].next(proposal('150621100', 'housing'));
    expect(states.at(-1)?.status).toBe('ready');
  });
});

describe('the correction rule', () => {
  const empty = { territoryCode: '', industryBodyCode: '', reason: '' };

  it('confirms the proposal as it is without a reason', () => {
    expect(corrections(proposal('150621100', 'housing'), empty)).toEqual([]);
    expect(confirmProblem(proposal('150621100', 'housing'), empty)).toBeNull();
  });

  it('choosing the proposed owners again is no correction', () => {
    const same = { territoryCode: '150621100', industryBodyCode: 'housing', reason: '' };
    expect(confirmProblem(proposal('150621100', 'housing'), same)).toBeNull();
  });

  it('needs a reason when the territory or the industry body differs from the proposal', () => {
    const p = proposal('150621100', 'housing');
    expect(corrections(p, { ...empty, territoryCode: '150621101' })).toEqual(['territorial']);
    expect(confirmProblem(p, { ...empty, territoryCode: '150621101' })).toBe('reason-required');
    expect(corrections(p, { ...empty, industryBodyCode: 'transport' })).toEqual(['industry']);
    expect(confirmProblem(p, { ...empty, industryBodyCode: 'transport', reason: '   ' })).toBe('reason-required');
    expect(confirmProblem(p, { ...empty, industryBodyCode: 'transport', reason: 'road project' })).toBeNull();
  });

  it('makes the dispatcher choose an owner that routing could not propose', () => {
    expect(confirmProblem(proposal(null, 'housing'), empty)).toBe('territory-missing');
    expect(confirmProblem(proposal('150621100', null), empty)).toBe('industry-missing');
    // Filling the gap is a choice from nothing: still a correction, so a reason is asked for.
    expect(confirmProblem(proposal(null, 'housing'), { ...empty, territoryCode: '150621100' })).toBe('reason-required');
  });
});

describe('highlight', () => {
  it('marks every word that evidence matched, the longest first', () => {
    const segments = highlight('worked at Shulinzhao town road project', [
      { kind: 'territory-name', matched: 'Shulinzhao', source: null },
      { kind: 'keyword', matched: 'road project', source: 'roads' },
      { kind: 'keyword', matched: 'road', source: 'roads' },
      { kind: 'keyword', matched: 'absent', source: null },
    ]);
    expect(segments.filter(s => s.hit).map(s => s.text)).toEqual(['Shulinzhao', 'road project']);
    expect(segments.map(s => s.text).join('')).toBe('worked at Shulinzhao town road project');
  });

  it('escapes regular expression characters in matched words', () => {
    expect(highlight('a (b) c', [{ kind: 'keyword', matched: '(b)', source: null }]).filter(s => s.hit)).toEqual([{ text: '(b)', hit: true }]);
  });
});

describe('import progress', () => {
  it('is a whole percentage and finishes on completed or failed', () => {
    expect(importPercent({ total: 0, processed: 0 })).toBe(0);
    expect(importPercent({ total: 3, processed: 1 })).toBe(33);
    expect(importFinished({ status: 'running' })).toBe(false);
    expect(importFinished({ status: 'completed' })).toBe(true);
    expect(importFinished({ status: 'failed' })).toBe(true);
  });
});
