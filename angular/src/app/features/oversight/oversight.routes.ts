import { permissionGuard } from '@abp/ng.core';
import { Routes } from '@angular/router';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { OVERSIGHT_DRAW_POLICY } from './oversight.feature';
import { provideEchartsCore } from 'ngx-echarts';
import { CommandView } from './command-view/command-view';
import { SupervisionList } from './supervision-list/supervision-list';
import { MonthlyReports } from './monthly-reports/monthly-reports';
import { AssessmentList } from './assessments/assessment-list';
import { DrawList } from './draws/draw-list';
import { AssessmentRules } from './assessments/assessment-rules';
import { DrawEmployers } from './draws/draw-employers';
import { DrawInspectors } from './draws/draw-inspectors';

/** Lazy area of the joint office's command view and the supervision reminders; ECharts loads with it. */
export const OVERSIGHT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then(m => m.echarts) })],
    children: [
      { path: '', component: CommandView, title: 'Dalad::CommandView:Title' },
      { path: 'supervisions', component: SupervisionList, title: 'Dalad::Supervisions:Title' },
      { path: 'monthly-reports', component: MonthlyReports, title: 'Dalad::MonthlyReports:Title' },
      { path: 'assessments', component: AssessmentList, title: 'Dalad::Assessments:Title' },
      { path: 'assessments/rules', component: AssessmentRules, title: 'Dalad::AssessmentRules:Title' },
      { path: 'draws', component: DrawList, title: 'Dalad::Draws:Title' },
      // The frame and the pool are the drawer's (their API needs the Draw permission).
      {
        path: 'draws/employers',
        component: DrawEmployers,
        title: 'Dalad::DrawEmployers:Title',
        canActivate: [permissionGuard],
        data: { requiredPolicy: OVERSIGHT_DRAW_POLICY, redirectUrl: FORBIDDEN_URL },
      },
      {
        path: 'draws/inspectors',
        component: DrawInspectors,
        title: 'Dalad::DrawInspectors:Title',
        canActivate: [permissionGuard],
        data: { requiredPolicy: OVERSIGHT_DRAW_POLICY, redirectUrl: FORBIDDEN_URL },
      },
    ],
  },
];
