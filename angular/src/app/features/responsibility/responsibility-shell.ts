import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PageHeader } from '../../shared/page-header/page-header';

/** The responsibility matrix: bodies, territories, the change history and the matrix as of a date. */
@Component({
  selector: 'dalad-responsibility-shell',
  imports: [PageHeader, LocalizationPipe, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './responsibility-shell.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponsibilityShell {
  protected readonly tabs = [
    { path: 'bodies', icon: 'fa fa-sitemap', key: 'Dalad::Responsibility:Tabs:Bodies' },
    { path: 'territories', icon: 'fa fa-map-marker', key: 'Dalad::Responsibility:Tabs:Territories' },
    { path: 'duties', icon: 'fa fa-id-badge', key: 'Dalad::Responsibility:Tabs:Duties' },
    { path: 'history', icon: 'fa fa-history', key: 'Dalad::Responsibility:Tabs:History' },
    { path: 'as-of', icon: 'fa fa-calendar', key: 'Dalad::Responsibility:Tabs:AsOf' },
  ];
}
