import { permissionGuard } from '@abp/ng.core';
import { Route, Routes } from '@angular/router';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { ASSISTANCE_ANSWER_POLICY, ASSISTANCE_CREATE_POLICY, BACKLOG_FLAG_POLICY, BACKLOG_HANDLE_POLICY, PROTECTED_ACCOUNTS_PAGE_POLICY } from './enforcement.feature';
import { BacklogPage } from './backlog/backlog-page';
import { AssistancePage } from './assistance/assistance-page';
import { ProtectedAccountsPage } from './assistance/protected-accounts-page';
import {
  CREDIT_CHECK_POLICY,
  CREDIT_POLICY,
  DISCLOSURES_POLICY,
  INCIDENTS_POLICY,
  ORDERS_POLICY,
  REFERRALS_CREATE_POLICY,
  REFERRALS_HANDLE_POLICY,
  REVOLVING_FUND_POLICY,
} from './enforcement.feature';
import { CreditCheckPage } from './credit-check/credit-check-page';
import { CreditPage } from './credit/credit-page';
import { OrdersPage } from './orders/orders-page';
import { ReferralsPage } from './referrals/referrals-page';
import { IncidentDetailPage } from './incidents/incident-detail-page';
import { IncidentsPage } from './incidents/incidents-page';
import { DisclosuresPage } from './disclosures/disclosures-page';
import { RevolvingFundPage } from './revolving-fund/revolving-fund-page';

/** Each page needs its own permission (the area has no single one: the police see the inbox only, the trading centre the check). */
function page(path: string, requiredPolicy: string, route: Omit<Route, 'path'>): Route {
  return { ...route, path, canActivate: [permissionGuard], data: { ...route.data, requiredPolicy, redirectUrl: FORBIDDEN_URL } };
}

export const ENFORCEMENT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'orders' },
  page('orders', ORDERS_POLICY, { component: OrdersPage, title: 'Dalad::Enforcement:Orders:Title' }),
  page('referrals', REFERRALS_CREATE_POLICY, { component: ReferralsPage, title: 'Dalad::Enforcement:Referrals:Title' }),
  page('inbox', REFERRALS_HANDLE_POLICY, { component: ReferralsPage, title: 'Dalad::Enforcement:Inbox:Title', data: { inbox: true } }),
  page('credit', CREDIT_POLICY, { component: CreditPage, title: 'Dalad::Enforcement:Credit:Title' }),
  page('credit-check', CREDIT_CHECK_POLICY, { component: CreditCheckPage, title: 'Dalad::Enforcement:Check:Title' }),
  page('incidents', INCIDENTS_POLICY, { component: IncidentsPage, title: 'Dalad::Enforcement:Incidents:Title' }),
  page('incidents/:id', INCIDENTS_POLICY, { component: IncidentDetailPage, title: 'Dalad::Enforcement:Incident:Title' }),
  page('assistance', ASSISTANCE_CREATE_POLICY, { component: AssistancePage, title: 'Dalad::Enforcement:Assistance:Title' }),
  page('assistance-inbox', ASSISTANCE_ANSWER_POLICY, { component: AssistancePage, title: 'Dalad::Enforcement:Assistance:InboxTitle', data: { inbox: true } }),
  page('protected-accounts', PROTECTED_ACCOUNTS_PAGE_POLICY, { component: ProtectedAccountsPage, title: 'Dalad::Enforcement:Accounts:Title' }),
  page('disclosures', DISCLOSURES_POLICY, { component: DisclosuresPage, title: 'Dalad::Enforcement:Disclosures:Title' }),
  page('revolving-fund', REVOLVING_FUND_POLICY, { component: RevolvingFundPage, title: 'Dalad::Enforcement:Fund:Title' }),
  page('backlog', BACKLOG_FLAG_POLICY, { component: BacklogPage, title: 'Dalad::Enforcement:Backlog:Title' }),
  page('backlog-inbox', BACKLOG_HANDLE_POLICY, { component: BacklogPage, title: 'Dalad::Enforcement:Backlog:InboxTitle', data: { inbox: true } }),
];
