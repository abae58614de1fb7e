import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { OVERSIGHT_MONTHLY_REPORTS_POLICY } from './oversight.feature';

/** The two pages of the oversight area: the command view and the supervision reminders (markup as CasesTabs, which the theme colours accessibly). */
@Component({
  selector: 'dalad-oversight-tabs',
  imports: [RouterLink, RouterLinkActive, LocalizationPipe],
  template: `
    <ul class="nav nav-tabs mb-3" data-testid="oversight-tabs">
      <li class="nav-item">
        <a class="nav-link" routerLink="/oversight" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" data-testid="tab-command-view">{{
          'Dalad::Menu:CommandView' | abpLocalization
        }}</a>
      </li>
      <li class="nav-item">
        <a class="nav-link" routerLink="/oversight/supervisions" routerLinkActive="active" data-testid="tab-supervisions">{{
          'Dalad::Menu:Supervisions' | abpLocalization
        }}</a>
      </li>
      @if (canReadReports) {
        <li class="nav-item">
          <a class="nav-link" routerLink="/oversight/monthly-reports" routerLinkActive="active" data-testid="tab-monthly-reports">{{
            'Dalad::Menu:MonthlyReports' | abpLocalization
          }}</a>
        </li>
      }
      <li class="nav-item">
        <a class="nav-link" routerLink="/oversight/assessments" routerLinkActive="active" data-testid="tab-assessments">{{
          'Dalad::Menu:Assessments' | abpLocalization
        }}</a>
      </li>
      <li class="nav-item">
        <a class="nav-link" routerLink="/oversight/draws" routerLinkActive="active" data-testid="tab-draws">{{
          'Dalad::Menu:Draws' | abpLocalization
        }}</a>
      </li>
    </ul>
  `,

  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OversightTabs {
  readonly canReadReports = inject(PermissionService).getGrantedPolicy(OVERSIGHT_MONTHLY_REPORTS_POLICY);
}
