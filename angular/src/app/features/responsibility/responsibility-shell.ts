import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PageHeader } from '../../shared/page-header/page-header';
import { injectCanManage } from './shared/permissions';

/** The responsibility matrix: bodies, territories, duties, the change history and the matrix as of a date (and, for its managers, the department modules and the keyword suggestions). */
@Component({
  selector: 'dalad-responsibility-shell',
  imports: [PageHeader, LocalizationPipe, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './responsibility-shell.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponsibilityShell {
  private readonly canManage = injectCanManage();
  private readonly allTabs = [
    { path: 'bodies', icon: 'fa fa-sitemap', key: 'Dalad::Responsibility:Tabs:Bodies' },
    { path: 'territories', icon: 'fa fa-map-marker', key: 'Dalad::Responsibility:Tabs:Territories' },
    { path: 'duties', icon: 'fa fa-id-badge', key: 'Dalad::Responsibility:Tabs:Duties' },
    // The definitions API is the matrix managers' only: the tab is theirs.
    { path: 'departments', icon: 'fa fa-cubes', key: 'Dalad::Responsibility:Tabs:Departments', manage: true },
    // So is the routing module's list of keyword suggestions.
    { path: 'suggestions', icon: 'fa fa-lightbulb-o', key: 'Dalad::Responsibility:Tabs:Suggestions', manage: true },
    { path: 'history', icon: 'fa fa-history', key: 'Dalad::Responsibility:Tabs:History' },
    { path: 'as-of', icon: 'fa fa-calendar', key: 'Dalad::Responsibility:Tabs:AsOf' },
  ];
  protected readonly tabs = computed(() => this.allTabs.filter(tab => !('manage' in tab) || this.canManage()));
}
