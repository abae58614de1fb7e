import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import type { IncidentDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { INCIDENTS_MANAGE_POLICY, INCIDENTS_OPINION_POLICY } from '../enforcement.feature';
import { incidentKey, IncidentsApi, ON_SITE_ROLES, OPINION_GRADES } from './incidents-api';

/** One mass incident: its on-site clock, presence on site, escalations, settlement, and the cyber desk's grade and posts. */
@Component({
  selector: 'dalad-incident-detail-page',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './incident-detail-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentDetailPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  readonly canManage = this.permissions.getGrantedPolicy(INCIDENTS_MANAGE_POLICY);
  readonly canOpinion = this.permissions.getGrantedPolicy(INCIDENTS_OPINION_POLICY);
  readonly key = incidentKey;
  readonly format = formatBeijing;
  readonly roles = ON_SITE_ROLES;
  readonly grades = OPINION_GRADES;

  readonly incident = signal<IncidentDto | null>(null);
  readonly error = signal<string | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly busy = signal(false);

  presence = { role: 'industry', name: '' };
  settlement = '';
  opinion = { grade: 'general', note: '' };
  post = { url: '', summary: '', postedAt: '' };

  ngOnInit(): void {
    this.api
      .incident(this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: i => this.incident.set(i), error: e => this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error')) });
  }

  recordPresence(): void {
    this.run(this.api.presence(this.id, { role: this.presence.role, name: this.presence.name.trim() || null, at: null }), () => (this.presence.name = ''));
  }

  settle(): void {
    this.run(this.api.settle(this.id, this.settlement.trim() || null), () => (this.settlement = ''));
  }

  grade(): void {
    this.run(this.api.grade(this.id, { grade: this.opinion.grade, note: this.opinion.note.trim() || null }), () => undefined);
  }

  linkPost(): void {
    const postedAt = this.post.postedAt ? new Date(this.post.postedAt).toISOString() : null;
    this.run(
      this.api.linkPost(this.id, { url: this.post.url.trim() || null, summary: this.post.summary.trim() || null, postedAt }),
      () => (this.post = { url: '', summary: '', postedAt: '' }),
    );
  }

  private run(call: Observable<IncidentDto>, reset: () => void): void {
    this.busy.set(true);
    this.actionError.set(null);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: updated => {
        this.busy.set(false);
        this.incident.set(updated);
        reset();
      },
      error: e => {
        this.busy.set(false);
        this.actionError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
      },
    });
  }
}
