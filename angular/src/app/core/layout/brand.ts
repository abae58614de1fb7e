import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Replaces LeptonX's logo so the product name comes from localization (`Dalad::AppShortName`). */
@Component({
  selector: 'dalad-brand',
  imports: [RouterLink, LocalizationPipe],
  templateUrl: './brand.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Brand {}
