import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { IllegalDemandDto, IncidentDto, JointActionDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { INCIDENTS_MANAGE_POLICY, INCIDENTS_POLICE_POLICY } from '../enforcement.feature';
import { ILLEGAL_DEMAND_KINDS, incidentKey, IncidentsApi, splitBodyCodes } from './incidents-api';

/**
 * Mass incidents with their on-site clock (overdue in red), the report form (joint office, police, HRSS), and the police
 * matters: illegal wage demands (received → handled with the measure) and joint enforcement actions.
 */
@Component({
  selector: 'dalad-incidents-page',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './incidents-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentsPage implements OnInit {
  private readonly api = inject(IncidentsApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canManage = this.permissions.getGrantedPolicy(INCIDENTS_MANAGE_POLICY);
  readonly canPolice = this.permissions.getGrantedPolicy(INCIDENTS_POLICE_POLICY);
  readonly key = incidentKey;
  readonly format = formatBeijing;
  readonly kinds = ILLEGAL_DEMAND_KINDS;
  readonly listSeparator = this.l.instant('Dalad::Enforcement:JointActions:Separator');

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly busy = signal(false);
  readonly incidents = signal<IncidentDto[]>([]);
  readonly demands = signal<IllegalDemandDto[]>([]);
  readonly actions = signal<JointActionDto[]>([]);
  readonly reporting = signal(false);
  readonly handling = signal<string | null>(null);

  report = { summary: '', workerCount: null as number | null, location: '', employerName: '', caseNumber: '' };
  demand = { kind: 'disrupting-offices', caseNumber: '', facts: '' };
  measure = '';
  joint = { bodyCodes: '', on: '', caseNumber: '', result: '' };

  ngOnInit(): void {
    this.api
      .incidents()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.incidents.set(list);
          this.loading.set(false);
        },
        error: e => this.fail(e),
      });
    this.api.illegalDemands().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: list => this.demands.set(list), error: e => this.fail(e) });
    this.api.jointActions().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: list => this.actions.set(list), error: e => this.fail(e) });
  }

  submitReport(): void {
    this.start();
    const r = this.report;
    this.api
      .report({
        summary: r.summary.trim() || null,
        workerCount: r.workerCount,
        location: r.location.trim() || null,
        employerName: r.employerName.trim() || null,
        caseNumber: r.caseNumber.trim() || null,
        industryBodyCode: null,
        townshipBodyCode: null,
        occurredAt: null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.done();
          this.reporting.set(false);
          this.incidents.update(list => [created, ...list]);
        },
        error: e => this.failAction(e),
      });
  }

  submitDemand(): void {
    this.start();
    const d = this.demand;
    this.api
      .reportIllegalDemand({ kind: d.kind, caseNumber: d.caseNumber.trim() || null, facts: d.facts.trim() || null, location: null, occurredAt: null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.done();
          this.demand = { kind: d.kind, caseNumber: '', facts: '' };
          this.demands.update(list => [created, ...list]);
        },
        error: e => this.failAction(e),
      });
  }

  handle(d: IllegalDemandDto): void {
    this.start();
    this.api
      .handleIllegalDemand(d.id, this.measure.trim() || null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: updated => {
          this.done();
          this.handling.set(null);
          this.demands.update(list => list.map(x => (x.id === updated.id ? updated : x)));
        },
        error: e => this.failAction(e),
      });
  }

  startHandling(id: string): void {
    this.handling.set(id);
    this.measure = '';
  }

  submitJoint(): void {
    this.start();
    const j = this.joint;
    const bodyCodes = splitBodyCodes(j.bodyCodes);
    this.api
      .recordJointAction({ bodyCodes, on: j.on || null, caseNumber: j.caseNumber.trim() || null, result: j.result.trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.done();
          this.joint = { bodyCodes: '', on: '', caseNumber: '', result: '' };
          this.actions.update(list => [created, ...list]);
        },
        error: e => this.failAction(e),
      });
  }

  private start(): void {
    this.busy.set(true);
    this.actionError.set(null);
  }

  private done(): void {
    this.busy.set(false);
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }

  private failAction(e: unknown): void {
    this.busy.set(false);
    this.actionError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }
}
