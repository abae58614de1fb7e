import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';

/** The enforcement module's permissions (Dalad.Enforcement.Contracts); each page needs its own. */
export const ORDERS_POLICY = 'Dalad.Orders';
export const ORDERS_MANAGE_POLICY = 'Dalad.Orders.Manage';
export const REFERRALS_POLICY = 'Dalad.Referrals';
export const REFERRALS_CREATE_POLICY = 'Dalad.Referrals.Create';
export const REFERRALS_HANDLE_POLICY = 'Dalad.Referrals.Handle';
export const CREDIT_POLICY = 'Dalad.Credit';
export const CREDIT_PROPOSE_POLICY = 'Dalad.Credit.Propose';
export const CREDIT_DECIDE_POLICY = 'Dalad.Credit.Decide';
export const CREDIT_CHECK_POLICY = 'Dalad.Credit.Check';
export const INCIDENTS_POLICY = 'Dalad.Incidents';
export const INCIDENTS_MANAGE_POLICY = 'Dalad.Incidents.Manage';
export const INCIDENTS_OPINION_POLICY = 'Dalad.Incidents.Opinion';
export const INCIDENTS_POLICE_POLICY = 'Dalad.Incidents.Police';
export const ASSISTANCE_CREATE_POLICY = 'Dalad.Assistance.Create';
export const ASSISTANCE_ANSWER_POLICY = 'Dalad.Assistance.Answer';
export const PROTECTED_ACCOUNTS_POLICY = 'Dalad.ProtectedAccounts';
export const PROTECTED_ACCOUNTS_CHECK_POLICY = 'Dalad.ProtectedAccounts.Check';
/** The protected-account page: the check (court, banks) or the log (HRSS). */
export const PROTECTED_ACCOUNTS_PAGE_POLICY = `${PROTECTED_ACCOUNTS_CHECK_POLICY} || ${PROTECTED_ACCOUNTS_POLICY}`;
export const DISCLOSURES_POLICY = 'Dalad.Disclosures';
export const DISCLOSURES_COMPILE_POLICY = 'Dalad.Disclosures.Compile';
export const DISCLOSURES_APPROVE_POLICY = 'Dalad.Disclosures.Approve';
export const REVOLVING_FUND_POLICY = 'Dalad.RevolvingFund';
export const REVOLVING_FUND_REQUEST_POLICY = 'Dalad.RevolvingFund.Request';
export const REVOLVING_FUND_MANAGE_POLICY = 'Dalad.RevolvingFund.Manage';
export const BACKLOG_FLAG_POLICY = 'Dalad.Backlog.Flag';
export const BACKLOG_HANDLE_POLICY = 'Dalad.Backlog.Handle';

export const ENFORCEMENT_MENU = 'Dalad::Menu:Enforcement';

/**
 * Enforcement and credit → orders and penalties, referrals (sent), the police inbox, the dishonest-employer list, the
 * credit check, the quarterly disclosure, the revolving fund. The group shows while any entry may be opened; each entry only with its own permission.
 */
export function enforcementMenu(): ABP.Route[] {
  const entry = (path: string, name: string, iconClass: string, order: number, requiredPolicy: string): ABP.Route => ({
    path,
    name,
    parentName: ENFORCEMENT_MENU,
    iconClass,
    order,
    layout: eLayoutType.application,
    requiredPolicy,
  });
  return [
    {
      name: ENFORCEMENT_MENU,
      iconClass: 'fa fa-gavel',
      order: 6.7,
      layout: eLayoutType.application,
      requiredPolicy: [
        ORDERS_POLICY,
        REFERRALS_POLICY,
        CREDIT_POLICY,
        CREDIT_CHECK_POLICY,
        ASSISTANCE_CREATE_POLICY,
        ASSISTANCE_ANSWER_POLICY,
        PROTECTED_ACCOUNTS_PAGE_POLICY,
        INCIDENTS_POLICY,
        DISCLOSURES_POLICY,
        REVOLVING_FUND_POLICY,
        BACKLOG_FLAG_POLICY,
        BACKLOG_HANDLE_POLICY,
      ].join(' || '),
    },
    entry('/enforcement/orders', 'Dalad::Menu:EnforcementOrders', 'fa fa-file-text', 1, ORDERS_POLICY),
    entry('/enforcement/referrals', 'Dalad::Menu:EnforcementReferrals', 'fa fa-share', 2, REFERRALS_CREATE_POLICY),
    entry('/enforcement/inbox', 'Dalad::Menu:EnforcementInbox', 'fa fa-inbox', 3, REFERRALS_HANDLE_POLICY),
    entry('/enforcement/credit', 'Dalad::Menu:EnforcementCredit', 'fa fa-ban', 4, CREDIT_POLICY),
    entry('/enforcement/credit-check', 'Dalad::Menu:EnforcementCreditCheck', 'fa fa-search', 5, CREDIT_CHECK_POLICY),
    entry('/enforcement/incidents', 'Dalad::Menu:EnforcementIncidents', 'fa fa-users', 9, INCIDENTS_POLICY),
    entry('/enforcement/assistance', 'Dalad::Menu:EnforcementAssistance', 'fa fa-exchange', 6, ASSISTANCE_CREATE_POLICY),
    entry('/enforcement/assistance-inbox', 'Dalad::Menu:EnforcementAssistanceInbox', 'fa fa-envelope', 7, ASSISTANCE_ANSWER_POLICY),
    entry('/enforcement/protected-accounts', 'Dalad::Menu:EnforcementProtectedAccounts', 'fa fa-shield', 8, PROTECTED_ACCOUNTS_PAGE_POLICY),
    entry('/enforcement/disclosures', 'Dalad::Menu:EnforcementDisclosures', 'fa fa-bullhorn', 10, DISCLOSURES_POLICY),
    entry('/enforcement/revolving-fund', 'Dalad::Menu:EnforcementRevolvingFund', 'fa fa-money', 11, REVOLVING_FUND_POLICY),
    entry('/enforcement/backlog', 'Dalad::Menu:EnforcementBacklog', 'fa fa-archive', 12, BACKLOG_FLAG_POLICY),
    entry('/enforcement/backlog-inbox', 'Dalad::Menu:EnforcementBacklogInbox', 'fa fa-balance-scale', 13, BACKLOG_HANDLE_POLICY),
  ];
}

export function provideEnforcementFeature(): EnvironmentProviders {
  return provideMenu(enforcementMenu);
}
