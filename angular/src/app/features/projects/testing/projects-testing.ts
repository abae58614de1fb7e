import type { ProjectDetailDto, WarningDto } from '../../../proxy/generated/models';

/** A warning as the API answers it (server-localized title, rule name and evidence). */
export function warningDto(id: string, overrides: Partial<WarningDto> = {}): WarningDto {
  return {
    id,
    projectId: 'p1',
    projectName: 'Bridge works',
    ruleKey: 'account-late',
    ruleName: 'Account not opened in time',
    severity: 'high',
    status: 'open',
    title: 'Bridge works: no wage account',
    evidence: [
      { name: 'Contract date', value: '2026-10-01' },
      { name: 'Days late', value: '3' },
    ],
    raisedAt: '2026-11-03T01:00:00Z',
    industryBodyCode: 'roads',
    territorialBodyCode: 'town-a',
    handledNote: null,
    handledAt: null,
    handledBy: null,
    closedNote: null,
    closedAt: null,
    closedBy: null,
    caseId: null,
    caseNumber: null,
    ...overrides,
  };
}

export function projectDetail(overrides: Partial<ProjectDetailDto> = {}): ProjectDetailDto {
  return {
    id: 'p1',
    name: 'Bridge works',
    aliases: [],
    typeCode: 'E4812',
    typeName: 'Bridge construction',
    territoryCode: 'T1',
    territoryName: 'Town A',
    address: null,
    industryBodyCode: 'roads',
    industryBodyName: 'Roads bureau',
    territorialBodyCode: 'town-a',
    territorialBodyName: 'Town A government',
    builder: 'City builder',
    generalContractor: 'Big contractor',
    subcontractors: [{ name: 'Crew Ltd', kind: 'labour' }],
    governmentInvested: true,
    fundsInPlace: false,
    fundingSource: 'County budget',
    paymentGuarantee: null,
    approvalDate: null,
    contractDate: '2026-10-01',
    startDate: '2026-10-10',
    plannedCompletionDate: null,
    completionDate: null,
    accountDueOn: '2026-10-31',
    depositDueOn: '2026-10-21',
    wageAccount: { openedOn: null, bank: null, accountNumber: null, tripartiteAgreementDate: null },
    wageDeposit: { paidOn: '2026-10-20', amount: 50000, form: 'bank-guarantee', issuer: 'A bank', expiresOn: '2027-10-20' },
    advances: [],
    inspections: [],
    warnings: [warningDto('w1')],
    revision: 1,
    ...overrides,
  };
}
