import type { OrderDto } from '../../proxy/generated/models';

/** GB 32100-2015 as the server checks it (Domain/CreditCodes.cs): 18 characters, the last a check over the first 17. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper case, without spaces, full-width letters and digits made half-width (as the server normalises). */
export function normaliseCreditCode(code: string): string {
  return [...code.trim()]
    .filter(c => !/\s/.test(c))
    .map(c => (c >= '\uff01' && c <= '\uff5e' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c))
    .join('')
    .toUpperCase();
}

export function isValidCreditCode(code: string | null | undefined): boolean {
  if (code == null) {
    return false;
  }
  const normalised = normaliseCreditCode(code);
  if (normalised.length !== 18) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CODE_ALPHABET.indexOf(normalised[i]);
    if (value < 0) {
      return false;
    }
    sum += value * CODE_WEIGHTS[i];
  }
  return normalised[17] === CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

export const PENALTY_STEPS = ['filed', 'investigated', 'notified', 'decided', 'executed'] as const;
export const REFERRAL_STATUSES = ['received', 'filed', 'prosecuted', 'judged'] as const;
export const RESTRICTIONS = ['bidding', 'permits', 'fiscal-funds'] as const;
export const ORDER_KINDS = ['pay', 'rectify'] as const;

/** The step that comes after `step`, or null when the case is finished (one step at a time, as the server requires). */
export function nextPenaltyStep(step: string): string | null {
  const i = PENALTY_STEPS.indexOf(step as (typeof PENALTY_STEPS)[number]);
  return i >= 0 && i < PENALTY_STEPS.length - 1 ? PENALTY_STEPS[i + 1] : null;
}

export function nextReferralStatus(status: string): string | null {
  const i = REFERRAL_STATUSES.indexOf(status as (typeof REFERRAL_STATUSES)[number]);
  return i >= 0 && i < REFERRAL_STATUSES.length - 1 ? REFERRAL_STATUSES[i + 1] : null;
}

/** Localization keys of the server's codes; an unknown code shows as a neutral word, never the raw code. */
const KEYS: Record<string, Record<string, string>> = {
  kind: { pay: 'Dalad::Enforcement:Kind:Pay', rectify: 'Dalad::Enforcement:Kind:Rectify' },
  outcome: {
    pending: 'Dalad::Enforcement:Outcome:Pending',
    complied: 'Dalad::Enforcement:Outcome:Complied',
    'not-complied': 'Dalad::Enforcement:Outcome:NotComplied',
  },
  step: {
    filed: 'Dalad::Enforcement:Step:Filed',
    investigated: 'Dalad::Enforcement:Step:Investigated',
    notified: 'Dalad::Enforcement:Step:Notified',
    decided: 'Dalad::Enforcement:Step:Decided',
    executed: 'Dalad::Enforcement:Step:Executed',
  },
  referral: {
    received: 'Dalad::Enforcement:Referral:Received',
    filed: 'Dalad::Enforcement:Referral:Filed',
    prosecuted: 'Dalad::Enforcement:Referral:Prosecuted',
    judged: 'Dalad::Enforcement:Referral:Judged',
  },
  listing: {
    proposed: 'Dalad::Enforcement:Listing:Proposed',
    listed: 'Dalad::Enforcement:Listing:Listed',
    rejected: 'Dalad::Enforcement:Listing:Rejected',
    removed: 'Dalad::Enforcement:Listing:Removed',
  },
  restriction: {
    bidding: 'Dalad::Enforcement:Restriction:Bidding',
    permits: 'Dalad::Enforcement:Restriction:Permits',
    'fiscal-funds': 'Dalad::Enforcement:Restriction:FiscalFunds',
  },
  ground: {
    'three-in-12-months': 'Dalad::Enforcement:Ground:ThreeInTwelveMonths',
    'three-consecutive-years': 'Dalad::Enforcement:Ground:ThreeConsecutiveYears',
  },
};

export type LabelKind = keyof typeof KEYS;

export function labelKey(kind: LabelKind, code: string | null | undefined): string {
  return KEYS[kind][code ?? ''] ?? 'Dalad::Enforcement:Unknown';
}

/** An order's state in one word for its badge: what the inspector must do next, or how it ended. */
export function orderState(order: OrderDto): 'lapsed' | 'complied' | 'not-complied' | 'served' | 'issued' {
  if (order.lapsed) {
    return 'lapsed';
  }
  if (order.outcome === 'complied' || order.outcome === 'not-complied') {
    return order.outcome;
  }
  return order.servedOn ? 'served' : 'issued';
}

export const ORDER_STATE_KEYS: Record<ReturnType<typeof orderState>, string> = {
  lapsed: 'Dalad::Enforcement:OrderState:Lapsed',
  complied: 'Dalad::Enforcement:OrderState:Complied',
  'not-complied': 'Dalad::Enforcement:OrderState:NotComplied',
  served: 'Dalad::Enforcement:OrderState:Served',
  issued: 'Dalad::Enforcement:OrderState:Issued',
};

/** Only a lapsed order to pay may be referred to the police (measure 15), and only once. */
export function mayRefer(order: OrderDto, referredOrderIds: ReadonlySet<string>): boolean {
  return order.kind === 'pay' && order.lapsed && !referredOrderIds.has(order.id);
}

/** Today in Beijing as yyyy-MM-dd (the server's dates are Beijing calendar days). */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
