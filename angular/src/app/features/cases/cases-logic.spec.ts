import {
  ActionContext,
  actionProblems,
  actionRequest,
  availableActions,
  countdown,
  EMPTY_ACTION_VALUES,
  formatBeijing,
  myRoles,
  textLimit,
  transferTargets,
} from './cases-logic';

describe('countdown (from the server’s working days, never the browser clock)', () => {
  it('counts the working days left while on time', () => {
    expect(countdown(3, 'on-time')).toEqual({ key: 'Dalad::Cases:Countdown:Left', args: ['3'], state: 'on-time' });
  });

  it('is due soon within one working day, even before the deadline job marked it', () => {
    expect(countdown(1, 'on-time')?.state).toBe('due-soon');
    expect(countdown(2, 'due-soon')?.state).toBe('due-soon');
  });

  it('says "due today" on the due day', () => {
    expect(countdown(0, 'due-soon')).toEqual({ key: 'Dalad::Cases:Countdown:DueToday', args: [], state: 'due-soon' });
  });

  it('counts the working days overdue', () => {
    expect(countdown(-2, 'overdue')).toEqual({ key: 'Dalad::Cases:Countdown:Overdue', args: ['2'], state: 'overdue' });
    expect(countdown(-1, 'on-time')?.state).toBe('overdue');
  });

  it('is overdue without a number when the due day passed but no working day since', () => {
    expect(countdown(0, 'overdue')).toEqual({ key: 'Dalad::Cases:Countdown:OverdueToday', args: [], state: 'overdue' });
  });

  it('shows nothing without a running step', () => {
    expect(countdown(null, 'on-time')).toBeNull();
    expect(countdown(undefined, 'overdue')).toBeNull();
  });
});

describe('myRoles', () => {
  const assignments = [
    { role: 'territorial', bodyCode: 'town-a', assignedAt: '' },
    { role: 'industry', bodyCode: 'housing', assignedAt: '' },
  ];

  it('leads when one of the user’s bodies holds the lead role', () => {
    expect(myRoles(assignments, 'industry', ['housing'])).toEqual(['lead']);
  });

  it('assists when one holds the other role', () => {
    expect(myRoles(assignments, 'industry', ['town-a', 'other'])).toEqual(['assist']);
  });

  it('is both for a member of both owners, and none for a supervisor', () => {
    expect(myRoles(assignments, 'industry', ['town-a', 'housing'])).toEqual(['lead', 'assist']);
    expect(myRoles(assignments, 'industry', ['joint-office'])).toEqual([]);
  });

  it('follows the stored lead role', () => {
    expect(myRoles(assignments, 'territorial', ['town-a'])).toEqual(['lead']);
  });
});

describe('formatBeijing', () => {
  it('shows an offset time in Beijing time', () => {
    expect(formatBeijing('2026-03-03T23:59:59+08:00')).toBe('2026-03-03 23:59');
    expect(formatBeijing('2026-03-03T15:59:59.9999999+00:00')).toBe('2026-03-03 23:59');
  });

  it('reads a time without offset as UTC', () => {
    expect(formatBeijing('2026-02-13T02:00:00')).toBe('2026-02-13 10:00');
    expect(formatBeijing('2026-02-13T20:30:00Z')).toBe('2026-02-14 04:30');
  });

  it('shows nothing for nothing', () => {
    expect(formatBeijing(null)).toBe('');
  });
});

describe('availableActions', () => {
  const nobody: ActionContext = { isLead: false, isOwner: false, supervises: false, canApproveExtension: false, canVisit: false, isOpen: true };
  const lead: ActionContext = { ...nobody, isLead: true, isOwner: true };
  const assist: ActionContext = { ...nobody, isOwner: true };

  it('gives the lead owner the lead steps with the server’s names mapped', () => {
    expect(availableActions(['sign'], lead)).toEqual(['sign', 'transfer']);
    expect(availableActions(['accept', 'reject'], lead)).toEqual(['accept', 'reject', 'transfer']);
    expect(availableActions(['record-part', 'resolve', 'request-extension'], lead)).toEqual(['parts', 'resolve', 'extension', 'transfer']);
  });

  it('lets the assisting owner record its part only', () => {
    expect(availableActions(['record-part', 'resolve', 'request-extension', 'decide-extension'], assist)).toEqual(['parts', 'transfer']);
    expect(availableActions(['sign'], assist)).toEqual(['transfer']);
  });

  it('gives approval and visits to holders of those permissions', () => {
    const office: ActionContext = { ...nobody, supervises: true, canApproveExtension: true, canVisit: true };
    expect(availableActions(['record-part', 'decide-extension', 'resolve'], office)).toEqual(['extension-approve', 'extension-reject', 'transfer']);
    expect(availableActions(['visit'], office)).toEqual(['visit', 'transfer']);
    expect(availableActions(['visit'], lead)).toEqual(['transfer']);
  });

  it('offers no transfer on a closed case or to a stranger', () => {
    expect(availableActions([], { ...lead, isOpen: false })).toEqual([]);
    expect(availableActions(['sign', 'visit'], nobody)).toEqual([]);
  });

  it('closes for the lead owner', () => {
    expect(availableActions(['close'], { ...lead, isOpen: true })).toEqual(['close', 'transfer']);
  });
});

describe('action forms', () => {
  const v = EMPTY_ACTION_VALUES;

  it('limits each text as the server does: 2000 for visit remarks, 4000 otherwise', () => {
    expect(textLimit('visit', 'remarks')).toBe(2000);
    expect(textLimit('close', 'remarks')).toBe(4000);
    expect(textLimit('reject', 'opinion')).toBe(4000);
    expect(actionProblems('reject', { ...v, opinion: 'x'.repeat(4001) })).toEqual({ opinion: 'Dalad::Cases:Form:TooLong' });
    expect(actionProblems('visit', { ...v, satisfied: 'false', remarks: 'x'.repeat(2001) })).toEqual({ remarks: 'Dalad::Cases:Form:TooLong' });
  });

  it('needs a written opinion to refuse, not to accept', () => {
    expect(actionProblems('reject', v)).toEqual({ opinion: 'Dalad::Cases:Form:Required' });
    expect(actionProblems('reject', { ...v, opinion: '   ' })).toEqual({ opinion: 'Dalad::Cases:Form:Required' });
    expect(actionProblems('reject', { ...v, opinion: 'not wage arrears' })).toEqual({});
    expect(actionProblems('accept', v)).toEqual({});
  });

  it('needs a reason for an extension and the text of a part', () => {
    expect(actionProblems('extension', v)).toEqual({ reason: 'Dalad::Cases:Form:Required' });
    expect(actionProblems('parts', v)).toEqual({ text: 'Dalad::Cases:Form:Required' });
    expect(actionProblems('parts', { ...v, text: 'x'.repeat(4001) })).toEqual({ text: 'Dalad::Cases:Form:TooLong' });
  });

  it('needs the result and a non-negative amount with two decimals at most to resolve', () => {
    expect(actionProblems('resolve', v)).toEqual({ result: 'Dalad::Cases:Form:Required', amountRecovered: 'Dalad::Cases:Form:Required' });
    expect(actionProblems('resolve', { ...v, result: 'paid', amountRecovered: '-1' }).amountRecovered).toBe('Dalad::Cases:Form:Amount');
    expect(actionProblems('resolve', { ...v, result: 'paid', amountRecovered: '1.234' }).amountRecovered).toBe('Dalad::Cases:Form:Amount');
    expect(actionProblems('resolve', { ...v, result: 'paid', amountRecovered: '0.07' })).toEqual({});
    expect(actionProblems('resolve', { ...v, result: 'paid', amountRecovered: 0 })).toEqual({});
  });

  it('needs a choice of satisfied or not for a visit', () => {
    expect(actionProblems('visit', v)).toEqual({ satisfied: 'Dalad::Cases:Form:ChooseSatisfied' });
    expect(actionProblems('visit', { ...v, satisfied: 'false' })).toEqual({});
  });

  it('needs role, body and reason to transfer; nothing to sign or close', () => {
    expect(Object.keys(actionProblems('transfer', v))).toEqual(['role', 'bodyCode', 'reason']);
    expect(actionProblems('sign', v)).toEqual({});
    expect(actionProblems('close', v)).toEqual({});
  });

  it('maps each action to its endpoint and body', () => {
    expect(actionRequest('sign', v)).toEqual({ path: 'sign', body: {} });
    expect(actionRequest('accept', v)).toEqual({ path: 'accept', body: { opinion: null } });
    expect(actionRequest('reject', { ...v, opinion: ' no ' })).toEqual({ path: 'reject', body: { opinion: 'no' } });
    expect(actionRequest('parts', { ...v, text: 'checked site' })).toEqual({ path: 'parts', body: { text: 'checked site' } });
    expect(actionRequest('extension', { ...v, reason: 'audit' })).toEqual({ path: 'extension', body: { reason: 'audit' } });
    expect(actionRequest('extension-approve', v)).toEqual({ path: 'extension/approve', body: { remarks: null } });
    expect(actionRequest('extension-reject', { ...v, remarks: 'no' })).toEqual({ path: 'extension/reject', body: { remarks: 'no' } });
    expect(actionRequest('resolve', { ...v, result: 'paid', amountRecovered: '1200.5' })).toEqual({
      path: 'resolve',
      body: { result: 'paid', amountRecovered: 1200.5 },
    });
    expect(actionRequest('visit', { ...v, satisfied: 'false', remarks: 'still unpaid' })).toEqual({
      path: 'visit',
      body: { satisfied: false, remarks: 'still unpaid' },
    });
    expect(actionRequest('visit', { ...v, satisfied: 'true' }).body).toEqual({ satisfied: true, remarks: null });
    expect(actionRequest('close', v)).toEqual({ path: 'close', body: { remarks: null } });
    expect(actionRequest('transfer', { ...v, role: 'industry', bodyCode: 'water', reason: 'water project' })).toEqual({
      path: 'transfer',
      body: { role: 'industry', bodyCode: 'water', reason: 'water project' },
    });
  });

  it('offers as transfer targets the active bodies that may take the role, not its holder', () => {
    const bodies = [
      { code: 'housing', kind: 'industry', isActive: true },
      { code: 'water', kind: 'industry', isActive: true },
      { code: 'old', kind: 'industry', isActive: false },
      { code: 'zone', kind: 'zone', isActive: true },
      { code: 'town-a', kind: 'territorial', isActive: true },
    ];
    expect(transferTargets(bodies, 'industry', 'housing').map(b => b.code)).toEqual(['water', 'zone']);
    expect(transferTargets(bodies, 'territorial', 'zone').map(b => b.code)).toEqual(['town-a']);
    expect(transferTargets(bodies, '', null)).toEqual([]);
  });
});
