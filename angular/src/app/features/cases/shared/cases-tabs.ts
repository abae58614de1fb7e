import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** My cases / supervision board: the two lists of the cases area. */
@Component({
  selector: 'dalad-cases-tabs',
  imports: [LocalizationPipe, RouterLink, RouterLinkActive],
  template: `
    <ul class="nav nav-tabs mb-3" data-testid="cases-tabs">
      <li class="nav-item">
        <a
          class="nav-link"
          routerLink="/cases"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          data-testid="tab-inbox"
          >{{ 'Dalad::Cases:Tab:Inbox' | abpLocalization }}</a
        >
      </li>
      <li class="nav-item">
        <a class="nav-link" routerLink="/cases/board" routerLinkActive="active" data-testid="tab-board">{{
          'Dalad::Cases:Tab:Board' | abpLocalization
        }}</a>
      </li>
    </ul>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesTabs {}
