export { CHANNEL_KEYS } from '../intake/intake-labels';

/**
 * Literal keys (the localization test finds them here) for values the server sends as codes.
 * `CaseStatus:*`, `CaseStep:*` and `SmsTemplate:*` are the cases module's own texts, reused.
 */
export const STATUS_KEYS: Record<string, string> = {
  received: 'Dalad::CaseStatus:received',
  reviewing: 'Dalad::CaseStatus:reviewing',
  'not-accepted': 'Dalad::CaseStatus:not-accepted',
  handling: 'Dalad::CaseStatus:handling',
  resolved: 'Dalad::CaseStatus:resolved',
  visited: 'Dalad::CaseStatus:visited',
  closed: 'Dalad::CaseStatus:closed',
};

export const CASE_STATUSES = Object.keys(STATUS_KEYS);

export const STEP_KEYS: Record<string, string> = {
  receive: 'Dalad::CaseStep:receive',
  accept: 'Dalad::CaseStep:accept',
  handle: 'Dalad::CaseStep:handle',
  visit: 'Dalad::CaseStep:visit',
};

/** "Receipt due" etc.: the due time of each step on the case page. */
export const STEP_DUE_KEYS: Record<string, string> = {
  receive: 'Dalad::Cases:Due:Receive',
  accept: 'Dalad::Cases:Due:Accept',
  handle: 'Dalad::Cases:Due:Handle',
  visit: 'Dalad::Cases:Due:Visit',
};

export const SMS_TEMPLATE_KEYS: Record<string, string> = {
  received: 'Dalad::SmsTemplate:received',
  accepted: 'Dalad::SmsTemplate:accepted',
  'not-accepted': 'Dalad::SmsTemplate:not-accepted',
  result: 'Dalad::SmsTemplate:result',
  reopened: 'Dalad::SmsTemplate:reopened',
};

export const EVENT_TYPE_KEYS: Record<string, string> = {
  opened: 'Dalad::Cases:Event:Opened',
  corrected: 'Dalad::Cases:Event:Corrected',
  'repeat-linked': 'Dalad::Cases:Event:RepeatLinked',
  transferred: 'Dalad::Cases:Event:Transferred',
  signed: 'Dalad::Cases:Event:Signed',
  accepted: 'Dalad::Cases:Event:Accepted',
  'not-accepted': 'Dalad::Cases:Event:NotAccepted',
  'part-recorded': 'Dalad::Cases:Event:PartRecorded',
  resolved: 'Dalad::Cases:Event:Resolved',
  'arrears-established': 'Dalad::Cases:Event:ArrearsEstablished',
  visited: 'Dalad::Cases:Event:Visited',
  reopened: 'Dalad::Cases:Event:Reopened',
  closed: 'Dalad::Cases:Event:Closed',
  'extension-requested': 'Dalad::Cases:Event:ExtensionRequested',
  'extension-approved': 'Dalad::Cases:Event:ExtensionApproved',
  'extension-rejected': 'Dalad::Cases:Event:ExtensionRejected',
  'due-soon': 'Dalad::Cases:Event:DueSoon',
  overdue: 'Dalad::Cases:Event:Overdue',
  'sms-sent': 'Dalad::Cases:Event:SmsSent',
  'backlog-flagged': 'Dalad::Cases:Event:BacklogFlagged',
  'backlog-routed': 'Dalad::Cases:Event:BacklogRouted',
  'backlog-outcome': 'Dalad::Cases:Event:BacklogOutcome',
};

/** The owner roles of the dual assignment (territorial / industry). */
export const OWNER_ROLE_KEYS: Record<string, string> = {
  territorial: 'Dalad::Cases:Owner:Territorial',
  industry: 'Dalad::Cases:Owner:Industry',
};

/** The user's part on a case: lead / assist. */
export const MY_ROLE_KEYS: Record<string, string> = {
  lead: 'Dalad::Cases:MyRole:Lead',
  assist: 'Dalad::Cases:MyRole:Assist',
};

export const ACTION_KEYS: Record<string, string> = {
  sign: 'Dalad::Cases:Action:Sign',
  accept: 'Dalad::Cases:Action:Accept',
  reject: 'Dalad::Cases:Action:Reject',
  parts: 'Dalad::Cases:Action:Parts',
  extension: 'Dalad::Cases:Action:Extension',
  'extension-approve': 'Dalad::Cases:Action:ExtensionApprove',
  'extension-reject': 'Dalad::Cases:Action:ExtensionReject',
  resolve: 'Dalad::Cases:Action:Resolve',
  visit: 'Dalad::Cases:Action:Visit',
  close: 'Dalad::Cases:Action:Close',
  transfer: 'Dalad::Cases:Action:Transfer',
};

/** What the form of an action says before its inputs. */
export const ACTION_HINT_KEYS: Record<string, string> = {
  sign: 'Dalad::Cases:Hint:Sign',
  accept: 'Dalad::Cases:Hint:Accept',
  reject: 'Dalad::Cases:Hint:Reject',
  parts: 'Dalad::Cases:Hint:Parts',
  extension: 'Dalad::Cases:Hint:Extension',
  'extension-approve': 'Dalad::Cases:Hint:ExtensionApprove',
  'extension-reject': 'Dalad::Cases:Hint:ExtensionReject',
  resolve: 'Dalad::Cases:Hint:Resolve',
  visit: 'Dalad::Cases:Hint:Visit',
  close: 'Dalad::Cases:Hint:Close',
  transfer: 'Dalad::Cases:Hint:Transfer',
};

export const FIELD_KEYS: Record<string, string> = {
  opinion: 'Dalad::Cases:Field:Opinion',
  text: 'Dalad::Cases:Field:PartText',
  reason: 'Dalad::Cases:Field:Reason',
  remarks: 'Dalad::Cases:Field:Remarks',
  result: 'Dalad::Cases:Field:Result',
  amountRecovered: 'Dalad::Cases:Field:AmountRecovered',
  satisfied: 'Dalad::Cases:Field:Satisfied',
  role: 'Dalad::Cases:Field:Role',
  bodyCode: 'Dalad::Cases:Field:Body',
  arrearsEstablished: 'Dalad::Cases:Field:ArrearsEstablished',
  employerName: 'Dalad::Cases:Field:EmployerName',
  creditCode: 'Dalad::Cases:Field:CreditCode',
  noOrderReason: 'Dalad::Cases:Field:NoOrderReason',
};

export const EXTENSION_STATUS_KEYS: Record<string, string> = {
  requested: 'Dalad::Cases:Extension:Requested',
  approved: 'Dalad::Cases:Extension:Approved',
  rejected: 'Dalad::Cases:Extension:Rejected',
};

/** The key for a code, or the code itself when this UI does not know it. */
export function labelKey(keys: Record<string, string>, code: string | null | undefined): string {
  return (code && keys[code]) || code || '';
}

/** The guided path's steps (stepper), as a clerk names them. */
export const STEPPER_KEYS: Record<string, string> = {
  receive: 'Dalad::Cases:Stepper:receive',
  accept: 'Dalad::Cases:Stepper:accept',
  handle: 'Dalad::Cases:Stepper:handle',
  resolve: 'Dalad::Cases:Stepper:resolve',
  visit: 'Dalad::Cases:Stepper:visit',
  close: 'Dalad::Cases:Stepper:close',
};

export const CONFIRM_KEYS: Record<string, string> = {
  reject: 'Dalad::Cases:Confirm:reject',
  transfer: 'Dalad::Cases:Confirm:transfer',
};
