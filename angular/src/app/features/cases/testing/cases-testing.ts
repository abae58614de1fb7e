import { ToasterService } from '@abp/ng.theme.shared';
import { Provider } from '@angular/core';
import { of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import type { LeadDto } from '../../../proxy/generated/models';
import { CaseDetail, CaseDto, CasesApi } from '../cases-api';
import { CaseDirectory } from '../shared/case-directory';

export const BODIES = [
  { code: 'housing', name: 'Housing bureau', kind: 'industry', isActive: true },
  { code: 'water', name: 'Water bureau', kind: 'industry', isActive: true },
  { code: 'town-a', name: 'Town A', kind: 'territorial', isActive: true },
  { code: 'joint-office', name: 'Joint office', kind: 'coordination', isActive: true },
];

export function caseDto(number: string, overrides: Partial<CaseDto> = {}): CaseDto {
  return {
    id: `id-${number}`,
    number,
    status: 'received',
    openedAt: '2026-02-13T02:00:00Z',
    text: 'Wages unpaid at the site',
    address: null,
    employer: null,
    project: null,
    workerCount: null,
    amountOwed: null,
    territoryCode: null,
    assignments: [
      { role: 'territorial', bodyCode: 'town-a', assignedAt: '2026-02-13T02:00:00Z' },
      { role: 'industry', bodyCode: 'housing', assignedAt: '2026-02-13T02:00:00Z' },
    ],
    transferCount: 0,
    leadCount: 1,
    clock: { step: 'receive', dueAt: '2026-02-14T23:59:59+08:00', workingDaysLeft: 1, deadlineState: 'due-soon', leadRole: 'industry' },
    ...overrides,
  };
}

/** A lead as the API answers it, every optional field empty. */
export function leadDto(id: string, ticketNumber: string, overrides: Partial<LeadDto> = {}): LeadDto {
  return {
    id,
    channel: '12345',
    ticketNumber,
    intakeBodyCode: 'data-12345',
    status: 'pending',
    receivedAt: '2026-11-23T10:00:00Z',
    text: 'wages unpaid',
    address: null,
    complainantName: null,
    phone: '138****5678',
    idCardNumber: null,
    employer: null,
    project: null,
    workerCount: null,
    amountOwed: null,
    routing: null,
    needsDispatcher: false,
    repeatOfLeadId: null,
    caseId: null,
    caseNumber: null,
    createdAt: '2026-11-23T10:00:00Z',
    createdBy: null,
    dispatchOverdue: false,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<NonNullable<CaseDetail['workflow']>> = {}, status = 'received'): CaseDetail {
  const dto = caseDto('DLT-2026-000001', { status });
  return {
    case: dto,
    leads: [
      {
        ...leadDto('l1', 'T-1'),
        receivedAt: '2026-02-13T02:00:00Z',
        text: dto.text,
        complainantName: 'W*',
        caseId: dto.id,
        caseNumber: dto.number,
      },
    ],
    transfers: [],
    corrections: [],
    timeline: [
      { time: '2026-02-13T02:00:00Z', type: 'opened', userName: 'dispatcher', actorName: 'Wang Fang', actorBodyCode: 'housing', description: 'Opened: Town A, Housing bureau' },
      { time: '2026-02-13T02:05:00Z', type: 'sms-sent', userName: null, actorName: null, actorBodyCode: null, description: 'SMS sent' },
    ],
    workflow: {
      leadRole: 'industry',
      leadBodyCode: 'housing',
      assistBodyCode: 'town-a',
      step: 'receive',
      stepDueAt: '2026-02-14T23:59:59+08:00',
      workingDaysLeft: 1,
      deadlineState: 'due-soon',
      receiveDueAt: '2026-02-14T23:59:59+08:00',
      acceptDueAt: null,
      handleDueAt: null,
      visitDueAt: null,
      signedAt: null,
      decidedAt: null,
      opinion: null,
      resolvedAt: null,
      result: null,
      amountRecovered: null,
      closedAt: null,
      extension: null,
      parts: [
        { role: 'industry', bodyCode: 'housing', leads: true, text: null, recordedAt: null },
        { role: 'territorial', bodyCode: 'town-a', leads: false, text: null, recordedAt: null },
      ],
      visits: [],
      possiblyFalseClosure: false,
      reopenCount: 0,
      nextActions: ['sign'],
      ...overrides,
    },
  };
}

/** The fakes a cases page needs: ABP config with the given policies, the API, the user's bodies, a toaster. */
export function provideCasesTesting(options: {
  api: Partial<Record<keyof CasesApi, unknown>>;
  myBodies: string[];
  supervises?: boolean;
  policies?: Record<string, boolean>;
  toaster?: { success: unknown; error?: unknown };
}): Provider[] {
  return [
    ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Cases': true, ...options.policies } } })),
    { provide: CasesApi, useValue: options.api },
    {
      provide: CaseDirectory,
      useValue: {
        mine: () => of({ bodyCodes: options.myBodies, supervises: options.supervises ?? false }),
        bodies: () => of(BODIES),
      },
    },
    { provide: ToasterService, useValue: options.toaster ?? { success: () => 0, error: () => 0 } },
  ];
}
