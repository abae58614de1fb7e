import { LocalizationPipe } from '@abp/ng.core';
import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RoutingProposal } from './intake-api';
import { highlight } from './intake-logic';
import { EVIDENCE_KEYS, labelKey, ROLE_KEYS } from './intake-labels';

/** The routing proposal: both owners with confidence and evidence, the alternatives, the dispatcher banner. */
@Component({
  selector: 'dalad-proposal-panel',
  imports: [LocalizationPipe, PercentPipe],
  templateUrl: './proposal-panel.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalPanel {
  readonly proposal = input.required<RoutingProposal>();
  /** The complaint text, with the matched words highlighted. */
  readonly text = input('');

  readonly segments = computed(() => {
    const p = this.proposal();
    return highlight(this.text(), [...p.territory.evidence, ...p.industry.evidence]);
  });

  readonly owners = computed(() => {
    const p = this.proposal();
    return [
      { roleKey: ROLE_KEYS['territorial'], owner: p.territory, testId: 'proposal-territory' },
      { roleKey: ROLE_KEYS['industry'], owner: p.industry, testId: 'proposal-industry' },
    ];
  });

  evidenceKey(kind: string): string {
    return labelKey(EVIDENCE_KEYS, kind);
  }

  roleKey(role: string): string {
    return labelKey(ROLE_KEYS, role);
  }
}
