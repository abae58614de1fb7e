import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PageHeader } from '../../shared/page-header/page-header';

/** Landing page of intake (cases module): registering complaint leads from every channel, one by one or in batches. */
@Component({
  selector: 'dalad-intake-home',
  imports: [PageHeader],
  templateUrl: './intake-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakeHome {}
