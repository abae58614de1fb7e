import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PageHeader } from '../../shared/page-header/page-header';

/** Landing page of the search module: searching the responsibility matrix, the gazetteer and the registers. */
@Component({
  selector: 'dalad-search-home',
  imports: [PageHeader],
  templateUrl: './search-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchHome {}
