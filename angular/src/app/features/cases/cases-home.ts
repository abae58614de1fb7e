import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PageHeader } from '../../shared/page-header/page-header';

/** Landing page of the cases module: the cases inbox (assignment, handling, follow-up visits, supervision). */
@Component({
  selector: 'dalad-cases-home',
  imports: [PageHeader],
  templateUrl: './cases-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesHome {}
