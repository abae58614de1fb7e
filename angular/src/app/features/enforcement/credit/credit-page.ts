import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import type { ArrearsFindingDto, CandidateDto, ListingDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { CREDIT_DECIDE_POLICY, CREDIT_PROPOSE_POLICY } from '../enforcement.feature';
import { EnforcementApi } from '../enforcement-api';
import { beijingToday, labelKey, RESTRICTIONS } from '../enforcement-logic';

/** The candidate, finding or listing being acted on. */
type Acting = { kind: 'propose'; key: string } | { kind: 'decide' | 'remove'; key: string };

/** A candidate's key: its credit code, else its name (the server groups findings the same way). */
export function candidateKey(c: CandidateDto): string {
  return c.creditCode ?? `name:${c.employerName}`;
}

/**
 * The dishonest-employer list: the arrears findings HRSS records, the candidates the rules compute
 * (3 arrears cases in 12 months, or in 3 consecutive years) with their grounds, HRSS's proposals, the development commission's decisions with
 * restrictions, and removal after the repair period.
 */
@Component({
  selector: 'dalad-credit-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './credit-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditPage implements OnInit {
  private readonly api = inject(EnforcementApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canPropose = this.permissions.getGrantedPolicy(CREDIT_PROPOSE_POLICY);
  readonly canDecide = this.permissions.getGrantedPolicy(CREDIT_DECIDE_POLICY);
  readonly restrictions = RESTRICTIONS;
  readonly labelKey = labelKey;
  readonly candidateKey = candidateKey;

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly findings = signal<ArrearsFindingDto[]>([]);
  readonly candidates = signal<CandidateDto[]>([]);
  readonly listings = signal<ListingDto[]>([]);

  finding = { caseNumber: '', employerName: '', creditCode: '', establishedOn: beijingToday() };
  readonly findingError = signal<string | null>(null);

  readonly acting = signal<Acting | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly busy = signal(false);
  reasons = '';
  creditCode = '';
  approve: boolean | null = null;
  chosen: Record<string, boolean> = {};

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    let pending = 3;
    const done = () => --pending === 0 && this.loading.set(false);
    const fail = (e: unknown) => {
      this.loading.set(false);
      this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
    };
    this.api.findings().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: f => (this.findings.set(f), done()), error: fail });
    this.api.candidates().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: c => (this.candidates.set(c), done()), error: fail });
    this.api.listings().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: l => (this.listings.set(l), done()), error: fail });
  }

  recordFinding(): void {
    this.busy.set(true);
    this.findingError.set(null);
    const f = this.finding;
    this.api
      .recordFinding({
        caseNumber: f.caseNumber.trim() || null,
        employerName: f.employerName.trim() || null,
        creditCode: f.creditCode.trim() || null,
        establishedOn: f.establishedOn || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.finding = { ...this.finding, caseNumber: '' };
          this.load();
        },
        error: e => {
          this.busy.set(false);
          this.findingError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
        },
      });
  }

  start(kind: Acting['kind'], key: string, creditCode = ''): void {
    this.acting.set({ kind, key });
    this.actionError.set(null);
    this.reasons = '';
    this.creditCode = creditCode;
    this.approve = null;
    this.chosen = {};
  }

  isActing(kind: Acting['kind'], key: string): boolean {
    const a = this.acting();
    return a?.kind === kind && a.key === key;
  }

  propose(c: CandidateDto): void {
    this.run(this.api.propose({ employerName: c.employerName, creditCode: this.creditCode.trim() || null, reasons: this.reasons.trim() || null }));
  }

  decide(listing: ListingDto): void {
    const restrictions = this.approve ? RESTRICTIONS.filter(r => this.chosen[r]) : [];
    this.run(this.api.decide(listing.id, { approve: this.approve, reasons: this.reasons.trim() || null, restrictions }));
  }

  remove(listing: ListingDto): void {
    this.run(this.api.remove(listing.id, this.reasons.trim()));
  }

  private run(request: Observable<ListingDto>): void {
    this.busy.set(true);
    this.actionError.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(false);
        this.acting.set(null);
        this.load();
      },
      error: e => {
        this.busy.set(false);
        this.actionError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
      },
    });
  }
}
