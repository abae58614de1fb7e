import { ActionRequest, CaseAssignment, CaseWorkflow } from './cases-api';
import type { FieldProblem } from '../../shared/form-summary/form-summary';

export type DeadlineState = 'on-time' | 'due-soon' | 'overdue';

/** What a countdown shows: a localization key with its argument, and the colour state. */
export interface Countdown {
  key: string;
  args: string[];
  state: DeadlineState;
}

/**
 * The countdown of a running step from the server's `workingDaysLeft` and `deadlineState` (the
 * browser's clock is never used: the server knows the working-day calendar). Null without a
 * running step. A negative `workingDaysLeft` is overdue even before the deadline job marked it.
 */
export function countdown(workingDaysLeft: number | null | undefined, deadlineState: string | null | undefined): Countdown | null {
  if (workingDaysLeft === null || workingDaysLeft === undefined) {
    return null;
  }
  if (deadlineState === 'overdue' || workingDaysLeft < 0) {
    const late = Math.max(0, -workingDaysLeft);
    // Past the due time on a day off after the due day: overdue, but not yet by a working day.
    return late > 0
      ? { key: 'Dalad::Cases:Countdown:Overdue', args: [String(late)], state: 'overdue' }
      : { key: 'Dalad::Cases:Countdown:OverdueToday', args: [], state: 'overdue' };
  }
  const state: DeadlineState = deadlineState === 'due-soon' || workingDaysLeft <= 1 ? 'due-soon' : 'on-time';
  return workingDaysLeft === 0
    ? { key: 'Dalad::Cases:Countdown:DueToday', args: [], state }
    : { key: 'Dalad::Cases:Countdown:Left', args: [String(workingDaysLeft)], state };
}

export type OwnerRole = 'lead' | 'assist';

/**
 * The current user's part in a case: `lead` when one of their bodies holds the lead role, `assist`
 * when one holds the other role (both when they belong to both owners); none for a supervisor
 * such as the joint office.
 */
export function myRoles(assignments: CaseAssignment[], leadRole: string | null | undefined, myBodyCodes: readonly string[]): OwnerRole[] {
  const roles = assignments
    .filter(a => myBodyCodes.includes(a.bodyCode))
    .map(a => (a.role === leadRole ? 'lead' : 'assist') as OwnerRole);
  return (['lead', 'assist'] as OwnerRole[]).filter(role => roles.includes(role));
}

/** Kept here for the case pages' imports; the helper lives in shared/. */
export { formatBeijing } from '../../shared/beijing-time';

/** The actions of the case page (the `data-action` names). */
export type CaseAction =
  | 'sign'
  | 'accept'
  | 'reject'
  | 'parts'
  | 'extension'
  | 'extension-approve'
  | 'extension-reject'
  | 'resolve'
  | 'visit'
  | 'close'
  | 'transfer';

export type ActionField =
  | 'opinion'
  | 'text'
  | 'reason'
  | 'remarks'
  | 'result'
  | 'amountRecovered'
  | 'satisfied'
  | 'role'
  | 'bodyCode'
  | 'arrearsEstablished'
  | 'employerName'
  | 'creditCode'
  | 'noOrderReason';

/** Shown on the resolve form only once "arrears established" is ticked. */
export const ARREARS_FIELDS: readonly ActionField[] = ['employerName', 'creditCode', 'noOrderReason'];

/** The inputs each action's form shows (sign needs none: its form only confirms). */
export const ACTION_FIELDS: Record<CaseAction, ActionField[]> = {
  sign: [],
  accept: ['opinion'],
  reject: ['opinion'],
  parts: ['text'],
  extension: ['reason'],
  'extension-approve': ['remarks'],
  'extension-reject': ['remarks'],
  resolve: ['result', 'amountRecovered', 'arrearsEstablished', ...ARREARS_FIELDS],
  visit: ['satisfied', 'remarks'],
  close: ['remarks'],
  transfer: ['role', 'bodyCode', 'reason'],
};

/** What the user may do on the case, in the order of the workflow. */
export interface ActionContext {
  /** One of the user's bodies holds the lead role. */
  isLead: boolean;
  /** One of the user's bodies holds either role. */
  isOwner: boolean;
  /** The joint office (sees every body's cases; may transfer any). */
  supervises: boolean;
  canApproveExtension: boolean;
  canVisit: boolean;
  /** The case is not closed (transfers are legal in every open state). */
  isOpen: boolean;
}

/**
 * The buttons to show: the server's `nextActions` (what the case's state allows), kept to those the
 * user may do — the lead owner signs, decides, requests the extension, resolves and closes; either
 * owner records its part; holders of the permissions decide extensions and visit.
 */
export function availableActions(nextActions: readonly string[], ctx: ActionContext): CaseAction[] {
  const actions: CaseAction[] = [];
  for (const next of nextActions) {
    switch (next) {
      case 'sign':
      case 'accept':
      case 'reject':
      case 'resolve':
      case 'close':
        if (ctx.isLead) {
          actions.push(next);
        }
        break;
      case 'record-part':
        if (ctx.isOwner) {
          actions.push('parts');
        }
        break;
      case 'request-extension':
        if (ctx.isLead) {
          actions.push('extension');
        }
        break;
      case 'decide-extension':
        if (ctx.canApproveExtension) {
          actions.push('extension-approve', 'extension-reject');
        }
        break;
      case 'visit':
        if (ctx.canVisit) {
          actions.push('visit');
        }
        break;
    }
  }
  if (ctx.isOpen && (ctx.isOwner || ctx.supervises)) {
    actions.push('transfer');
  }
  return actions;
}

/** The values of the action form (all strings, as the inputs hold them). */
export interface ActionValues {
  opinion: string;
  text: string;
  reason: string;
  remarks: string;
  result: string;
  amountRecovered: string | number | null;
  /** 'true' / 'false' from the radio buttons, '' before a choice. */
  satisfied: string;
  role: string;
  bodyCode: string;
  /** 'true' when "arrears established" is ticked on the resolve form. */
  arrearsEstablished: string;
  employerName: string;
  creditCode: string;
  noOrderReason: string;
}

export const EMPTY_ACTION_VALUES: ActionValues = {
  opinion: '',
  text: '',
  reason: '',
  remarks: '',
  result: '',
  amountRecovered: null,
  satisfied: '',
  role: '',
  bodyCode: '',
  arrearsEstablished: '',
  employerName: '',
  creditCode: '',
  noOrderReason: '',
};

/** Longest texts the server takes (opinion, parts, result, reasons: 4000; visit remarks: 2000). */
const MAX_TEXT = 4000;
const MAX_VISIT_REMARKS = 2000;
/** Lead.MaxEmployerLength; a unified social credit code has 18 characters (its checksum is checked by the server). */
const MAX_EMPLOYER = 200;
const CREDIT_CODE_LENGTH = 18;

/** The server's length limit of a text field of an action's form (CaseWorkflowLimits.MaxTextLength, CaseVisit.MaxRemarksLength). */
export function textLimit(action: CaseAction, field: ActionField): number {
  if (field === 'employerName') {
    return MAX_EMPLOYER;
  }
  if (field === 'creditCode') {
    return CREDIT_CODE_LENGTH;
  }
  return action === 'visit' && field === 'remarks' ? MAX_VISIT_REMARKS : MAX_TEXT;
}

function amount(value: string | number | null): number | null {
  if (value === null || value === undefined || String(value).trim() === '') {
    return null;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * The fields the user must still fix, each with the problem's key: a written opinion to refuse,
 * the text of one's part, a reason for an extension or a transfer, the result and a non-negative
 * amount (two decimals at most) to resolve, a choice of satisfied or not for a visit.
 */
export function actionProblems(action: CaseAction, v: ActionValues): Partial<Record<ActionField, string>> {
  const problems: Partial<Record<ActionField, string>> = {};
  const required = (field: ActionField, value: string) => {
    if (!value.trim()) {
      problems[field] = 'Dalad::Cases:Form:Required';
    } else if (value.trim().length > textLimit(action, field)) {
      problems[field] = 'Dalad::Cases:Form:TooLong';
    }
  };
  const optional = (field: ActionField, value: string) => {
    if (value.trim()) {
      required(field, value);
    }
  };
  switch (action) {
    case 'accept':
      optional('opinion', v.opinion);
      break;
    case 'reject':
      required('opinion', v.opinion);
      break;
    case 'parts':
      required('text', v.text);
      break;
    case 'extension':
      required('reason', v.reason);
      break;
    case 'resolve': {
      required('result', v.result);
      const n = amount(v.amountRecovered);
      if (n === null) {
        problems.amountRecovered = 'Dalad::Cases:Form:Required';
      } else if (Number.isNaN(n) || n < 0 || Math.abs(Math.round(n * 100) - n * 100) > 1e-6) {
        problems.amountRecovered = 'Dalad::Cases:Form:Amount';
      }
      if (v.arrearsEstablished === 'true') {
        required('employerName', v.employerName);
        optional('creditCode', v.creditCode);
        optional('noOrderReason', v.noOrderReason);
      }
      break;
    }
    case 'visit':
      if (v.satisfied !== 'true' && v.satisfied !== 'false') {
        problems.satisfied = 'Dalad::Cases:Form:ChooseSatisfied';
      }
      optional('remarks', v.remarks);
      break;
    case 'extension-approve':
    case 'extension-reject':
    case 'close':
      optional('remarks', v.remarks);
      break;
    case 'transfer':
      required('role', v.role);
      required('bodyCode', v.bodyCode);
      required('reason', v.reason);
      break;
  }
  return problems;
}

const orNull = (value: string) => value.trim() || null;

/** The endpoint (under `/api/app/cases/{id}/`) and body of an action (docs/case-workflow.md). */
export function actionRequest(action: CaseAction, v: ActionValues): ActionRequest {
  switch (action) {
    case 'sign':
      return { path: 'sign', body: {} };
    case 'accept':
      return { path: 'accept', body: { opinion: orNull(v.opinion) } };
    case 'reject':
      return { path: 'reject', body: { opinion: v.opinion.trim() } };
    case 'parts':
      return { path: 'parts', body: { text: v.text.trim() } };
    case 'extension':
      return { path: 'extension', body: { reason: v.reason.trim() } };
    case 'extension-approve':
      return { path: 'extension/approve', body: { remarks: orNull(v.remarks) } };
    case 'extension-reject':
      return { path: 'extension/reject', body: { remarks: orNull(v.remarks) } };
    case 'resolve':
      return {
        path: 'resolve',
        body: {
          result: v.result.trim(),
          amountRecovered: amount(v.amountRecovered),
          // Arrears established: the enforcement rule needs an order on the case or the reason for none.
          ...(v.arrearsEstablished === 'true'
            ? { arrearsEstablished: true, employerName: v.employerName.trim(), creditCode: orNull(v.creditCode), noOrderReason: orNull(v.noOrderReason) }
            : {}),
        },
      };
    case 'visit':
      return { path: 'visit', body: { satisfied: v.satisfied === 'true', remarks: orNull(v.remarks) } };
    case 'close':
      return { path: 'close', body: { remarks: orNull(v.remarks) } };
    case 'transfer':
      return { path: 'transfer', body: { role: v.role, bodyCode: v.bodyCode, reason: v.reason.trim() } };
  }
}

/** The bodies that may take a role on transfer (as the server checks: territorial or zone, industry or zone). */
export function transferTargets<T extends { kind: string; isActive: boolean; code: string }>(
  bodies: readonly T[],
  role: string,
  currentHolder: string | null | undefined,
): T[] {
  const kinds = role === 'territorial' ? ['territorial', 'zone'] : role === 'industry' ? ['industry', 'zone'] : [];
  return bodies.filter(b => b.isActive && kinds.includes(b.kind) && b.code !== currentHolder);
}

/** The running step of each due time (receive, accept, handle, visit) with its stored due time. */
export const STEPS = ['receive', 'accept', 'handle', 'visit'] as const;

export function stepDue(workflow: CaseWorkflow, step: (typeof STEPS)[number]): string | null | undefined {
  switch (step) {
    case 'receive':
      return workflow.receiveDueAt;
    case 'accept':
      return workflow.acceptDueAt;
    case 'handle':
      return workflow.handleDueAt;
    case 'visit':
      return workflow.visitDueAt;
  }
}

/** The guided path of a case, as a clerk names it: sign, accept, handle, resolve, visit, close. */
export const STEPPER = ['receive', 'accept', 'handle', 'resolve', 'visit', 'close'] as const;
export type StepperKey = (typeof STEPPER)[number];

export interface StepperRow {
  key: StepperKey;
  state: 'done' | 'current' | 'todo' | 'skipped';
  due: string | null;
  at: string | null;
  /** Done by its due time, done or still open past it; null without a due time or before it. */
  timing: 'on-time' | 'late' | null;
}

function time(value: string | null | undefined): number | null {
  if (!value) {
    return null;
  }
  const hasZone = /([zZ]|[+-]\d\d:?\d\d)$/.test(value);
  const t = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(t) ? null : t;
}

function latest(values: (string | null | undefined)[]): string | null {
  return values.filter((v): v is string => !!v).sort((a, b) => (time(a) ?? 0) - (time(b) ?? 0)).pop() ?? null;
}

/** Each step with its due and actual time and whether it was (or is being) done on time. */
export function caseStepper(w: CaseWorkflow, status: string, now: number = Date.now()): StepperRow[] {
  // A refused case (not accepted) was decided without a handling deadline: it skips to closing.
  const refused = status === 'not-accepted' || (!!w.decidedAt && !w.handleDueAt);
  const allParts = w.parts.length > 0 && w.parts.every(p => !!p.recordedAt);
  const rows: { key: StepperKey; due: string | null; at: string | null; skipped: boolean }[] = [
    { key: 'receive', due: w.receiveDueAt ?? null, at: w.signedAt ?? null, skipped: false },
    { key: 'accept', due: w.acceptDueAt ?? null, at: w.decidedAt ?? null, skipped: false },
    { key: 'handle', due: w.handleDueAt ?? null, at: allParts ? latest(w.parts.map(p => p.recordedAt)) : null, skipped: refused },
    { key: 'resolve', due: w.handleDueAt ?? null, at: w.resolvedAt ?? null, skipped: refused },
    { key: 'visit', due: w.visitDueAt ?? null, at: w.resolvedAt ? latest(w.visits.map(v => v.visitedAt)) : null, skipped: refused },
    { key: 'close', due: null, at: w.closedAt ?? null, skipped: false },
  ];
  let currentFound = status === 'closed';
  return rows.map(row => {
    let state: StepperRow['state'];
    if (row.skipped) {
      state = 'skipped';
    } else if (row.at) {
      state = 'done';
    } else if (!currentFound) {
      state = 'current';
      currentFound = true;
    } else {
      state = 'todo';
    }
    const due = time(row.due);
    const at = time(row.at);
    let timing: StepperRow['timing'] = null;
    if (due !== null && at !== null) {
      timing = at <= due ? 'on-time' : 'late';
    } else if (due !== null && state === 'current') {
      timing = now > due ? 'late' : 'on-time';
    }
    return { key: row.key, state, due: row.due, at: row.at, timing };
  });
}

/** The one step forward, shown as the primary button: the first of these the user may take. */
const FORWARD: CaseAction[] = ['sign', 'accept', 'parts', 'resolve', 'visit', 'close', 'extension-approve'];

export function primaryAction(actions: readonly CaseAction[], myPartMissing: boolean): CaseAction | null {
  return FORWARD.find(a => actions.includes(a) && (a !== 'parts' || myPartMissing)) ?? null;
}

/** Actions that end or hand over the case ask for a confirmation before they are sent. */
export function needsConfirmation(action: CaseAction): boolean {
  return action === 'reject' || action === 'transfer';
}

export function actionButtonClass(action: CaseAction, primary: CaseAction | null): string {
  if (action === primary) {
    return 'btn-primary';
  }
  switch (action) {
    case 'reject':
    case 'extension-reject':
      return 'btn-outline-danger';
    case 'transfer':
    case 'extension':
      return 'btn-outline-secondary';
    default:
      return 'btn-outline-primary';
  }
}

/** An amount in yuan with thousands separators and two decimals, and in units of 10,000 yuan from 10,000 on. */
export function formatYuan(value: number | null | undefined): { yuan: string; wan: string | null } | null {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return null;
  }
  const yuan = value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const wan = Math.abs(value) >= 10000 ? String(Math.round((value / 10000) * 100) / 100) : null;
  return { yuan, wan };
}

/** The element a field's summary line focuses (the first radio of a choice). */
export function actionFieldId(field: ActionField): string {
  return field === 'satisfied' ? 'action-satisfied-true' : field === 'bodyCode' ? 'action-body' : `action-${field}`;
}

/** The summary above a refused action form: its problems in the form's field order. */
export function actionSummary(
  action: CaseAction,
  problems: Partial<Record<ActionField, string>>,
  labelKeyOf: (field: ActionField) => string,
): FieldProblem[] {
  return ACTION_FIELDS[action].flatMap(field => {
    const problemKey = problems[field];
    return problemKey ? [{ id: actionFieldId(field), labelKey: labelKeyOf(field), problemKey, args: [] }] : [];
  });
}
