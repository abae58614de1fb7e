import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The two pages of the oversight area: the command view and the supervision reminders. */
@Component({
  selector: 'dalad-oversight-tabs',
  imports: [RouterLink, RouterLinkActive, LocalizationPipe],
  template: `
    <nav class="nav nav-tabs mb-3" data-testid="oversight-tabs">
      <a class="nav-link" routerLink="/oversight" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">
        {{ 'Dalad::Menu:CommandView' | abpLocalization }}
      </a>
      <a class="nav-link" routerLink="/oversight/supervisions" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="supervisions-tab">
        {{ 'Dalad::Menu:Supervisions' | abpLocalization }}
      </a>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OversightTabs {}
