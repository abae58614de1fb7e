import { Observable, of } from 'rxjs';
import { catchError, debounceTime, distinctUntilChanged, map, startWith, switchMap } from 'rxjs/operators';
import { RoutingEvidence, RoutingProposal } from './intake-api';
import { controlProblems, FieldProblem, SummaryField } from '../../shared/form-summary/form-summary';

export const PREVIEW_DEBOUNCE_MS = 400;
/** Fewer characters than this say nothing about the owners: no request. */
export const PREVIEW_MIN_LENGTH = 2;

export interface PreviewInput {
  text: string;
  address: string;
}

export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; proposal: RoutingProposal }
  | { status: 'error'; error: unknown };

/**
 * The live routing proposal: waits until the operator pauses typing, skips unchanged input,
 * drops an answer that a newer keystroke made stale (switchMap), and keeps going after a failure.
 */
export function livePreview(
  input$: Observable<PreviewInput>,
  preview: (text: string, address: string) => Observable<RoutingProposal>,
  debounceMs = PREVIEW_DEBOUNCE_MS,
): Observable<PreviewState> {
  return input$.pipe(
    map(i => ({ text: (i.text ?? '').trim(), address: (i.address ?? '').trim() })),
    debounceTime(debounceMs),
    distinctUntilChanged((a, b) => a.text === b.text && a.address === b.address),
    switchMap(({ text, address }): Observable<PreviewState> => {
      if (text.length + address.length < PREVIEW_MIN_LENGTH) {
        return of({ status: 'idle' });
      }
      return preview(text, address).pipe(
        map((proposal): PreviewState => ({ status: 'ready', proposal })),
        catchError(error => of<PreviewState>({ status: 'error', error })),
        startWith<PreviewState>({ status: 'loading' }),
      );
    }),
  );
}

export interface TextSegment {
  text: string;
  hit: boolean;
}

/** Splits the text so the words that evidence matched can be highlighted (longest match first). */
export function highlight(text: string, evidence: RoutingEvidence[]): TextSegment[] {
  const words = [...new Set(evidence.map(e => e.matched).filter(w => !!w && text.includes(w)))].sort(
    (a, b) => b.length - a.length,
  );
  if (!text || !words.length) {
    return text ? [{ text, hit: false }] : [];
  }
  const escaped = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text
    .split(new RegExp(`(${escaped.join('|')})`, 'g'))
    .filter(part => part !== '')
    .map(part => ({ text: part, hit: words.includes(part) }));
}

export interface OwnerChoice {
  territoryCode: string;
  industryBodyCode: string;
  reason: string;
}

export type ConfirmProblem = 'territory-missing' | 'industry-missing' | 'reason-required';

/** A chosen code that differs from the proposal is a correction (an empty choice keeps the proposal). */
export function corrections(proposal: RoutingProposal | null | undefined, choice: OwnerChoice): ('territorial' | 'industry')[] {
  const roles: ('territorial' | 'industry')[] = [];
  if (choice.territoryCode && choice.territoryCode !== (proposal?.territory.code ?? '')) {
    roles.push('territorial');
  }
  if (choice.industryBodyCode && choice.industryBodyCode !== (proposal?.industry.bodyCode ?? '')) {
    roles.push('industry');
  }
  return roles;
}

/**
 * What stops a confirmation: an owner neither proposed nor chosen, or a correction without a
 * reason. Null when it can be sent.
 */
export function confirmProblem(proposal: RoutingProposal | null | undefined, choice: OwnerChoice): ConfirmProblem | null {
  if (!choice.territoryCode && !proposal?.territory.code) {
    return 'territory-missing';
  }
  if (!choice.industryBodyCode && !proposal?.industry.bodyCode) {
    return 'industry-missing';
  }
  if (corrections(proposal, choice).length && !choice.reason.trim()) {
    return 'reason-required';
  }
  return null;
}

/** Progress in whole percent (0 before the total is known). */
export function importPercent(report: { total: number; processed: number } | null | undefined): number {
  if (!report || report.total <= 0) {
    return 0;
  }
  return Math.min(100, Math.round((report.processed / report.total) * 100));
}

/** An import is over when the server says so (finished, failed) or stamped its end. */
export function importFinished(report: { status: string; finishedAt?: string | null } | null | undefined): boolean {
  return !!report && (!!report.finishedAt || ['completed', 'failed'].includes(report.status));
}

/** A pending lead against the 1-working-day clock of dispatch (the case's signing step has the same limit). */
export interface LeadClock {
  state: 'on-time' | 'due-soon' | 'overdue';
  /** Working days past the day the lead had to be dispatched. */
  overdueDays: number;
}

/**
 * `workingDaysSince`: working days after the day of receipt up to today (server arithmetic). 0 = received
 * today or on a day off since, 1 = today is the last day, more = overdue by the rest.
 */
export function leadClock(workingDaysSince: number): LeadClock {
  if (workingDaysSince <= 0) {
    return { state: 'on-time', overdueDays: 0 };
  }
  if (workingDaysSince === 1) {
    return { state: 'due-soon', overdueDays: 0 };
  }
  return { state: 'overdue', overdueDays: workingDaysSince - 1 };
}


/** The intake form's fields in form order: the element id and the label key of each. */
export const LEAD_FIELDS: readonly SummaryField[] = [
  { name: 'ticketNumber', id: 'intake-ticket', labelKey: 'Dalad::Intake:Field:TicketNumber' },
  { name: 'text', id: 'intake-text', labelKey: 'Dalad::Intake:Field:Text' },
  { name: 'address', id: 'intake-address', labelKey: 'Dalad::Intake:Field:Address' },
  { name: 'complainantName', id: 'intake-name', labelKey: 'Dalad::Intake:Field:ComplainantName' },
  { name: 'phone', id: 'intake-phone', labelKey: 'Dalad::Intake:Field:Phone' },
  { name: 'idCardNumber', id: 'intake-id', labelKey: 'Dalad::Intake:Field:IdCardNumber' },
  { name: 'employer', id: 'intake-employer', labelKey: 'Dalad::Intake:Field:Employer' },
  { name: 'project', id: 'intake-project', labelKey: 'Dalad::Intake:Field:Project' },
  { name: 'workerCount', id: 'intake-workers', labelKey: 'Dalad::Intake:Field:WorkerCount' },
  { name: 'amountOwed', id: 'intake-amount', labelKey: 'Dalad::Intake:Field:AmountOwed' },
];

/** What is wrong with each invalid field of the intake form, in form order. */
export function fieldProblems(form: { controls: Record<string, { errors: Record<string, unknown> | null }> }): FieldProblem[] {
  return controlProblems(LEAD_FIELDS, form.controls);
}
