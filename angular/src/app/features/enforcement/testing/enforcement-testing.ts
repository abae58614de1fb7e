import type { OrderDto } from '../../../proxy/generated/models';

/** An order to pay as the server lists it, changed by `patch`. */
export function order(patch: Partial<OrderDto> = {}): OrderDto {
  return {
    id: 'o1',
    kind: 'pay',
    caseNumber: 'DLT-2026-0001',
    employerName: 'Firm A',
    creditCode: null,
    amount: 12000,
    text: 'pay',
    issuedOn: '2026-05-01',
    deadlineOn: '2026-05-15',
    servedOn: null,
    outcome: 'pending',
    outcomeOn: null,
    outcomeNote: null,
    lapsed: false,
    createdAt: '2026-05-01T00:00:00Z',
    createdBy: null,
    ...patch,
  };
}
