import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PageHeader } from '../../shared/page-header/page-header';

/** Landing page of the responsibility module: bodies, territories, industries and the responsibility matrix. */
@Component({
  selector: 'dalad-responsibility-home',
  imports: [PageHeader],
  templateUrl: './responsibility-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResponsibilityHome {}
