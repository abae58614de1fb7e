import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { CommandView } from './command-view/command-view';
import { SupervisionList } from './supervision-list/supervision-list';
import { MonthlyReports } from './monthly-reports/monthly-reports';
import { AssessmentList } from './assessments/assessment-list';
import { DrawList } from './draws/draw-list';

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
      { path: 'draws', component: DrawList, title: 'Dalad::Draws:Title' },
    ],
  },
];
