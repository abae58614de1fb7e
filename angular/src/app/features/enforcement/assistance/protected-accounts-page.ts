import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { ProtectedAccountCheckDto, ProtectedAccountCheckLogDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { PROTECTED_ACCOUNTS_CHECK_POLICY, PROTECTED_ACCOUNTS_POLICY } from '../enforcement.feature';
import { AssistanceApi } from './assistance-api';
import { ACCOUNT_KIND_KEYS, keyOf, normaliseAccountNumber } from './assistance-logic';

/**
 * Protected accounts: the court, banks and the financial regulator check an account number before freezing or transferring (the answer
 * names the kind, the project and the holder, never more); HRSS reads the log of checks. An invalid number is refused
 * here before any request (the server checks again, rate-limits and logs each valid check).
 */
@Component({
  selector: 'dalad-protected-accounts-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './protected-accounts-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtectedAccountsPage implements OnInit {
  private readonly api = inject(AssistanceApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canCheck = this.permissions.getGrantedPolicy(PROTECTED_ACCOUNTS_CHECK_POLICY);
  readonly canSeeLog = this.permissions.getGrantedPolicy(PROTECTED_ACCOUNTS_POLICY);
  readonly format = formatBeijing;
  readonly kindKey = (code: string) => keyOf(ACCOUNT_KIND_KEYS, code);

  accountNumber = '';
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly answer = signal<ProtectedAccountCheckDto | null>(null);
  readonly log = signal<ProtectedAccountCheckLogDto[]>([]);
  readonly logError = signal<string | null>(null);

  ngOnInit(): void {
    if (this.canSeeLog) {
      this.loadLog();
    }
  }

  check(): void {
    this.answer.set(null);
    const digits = normaliseAccountNumber(this.accountNumber);
    if (!digits) {
      this.error.set(this.l.instant('Dalad::Enforcement:Accounts:InvalidNumber'));
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    this.api
      .checkAccount(digits)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: answer => {
          this.busy.set(false);
          this.answer.set(answer);
          if (this.canSeeLog) {
            this.loadLog();
          }
        },
        error: e => {
          this.busy.set(false);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
        },
      });
  }

  private loadLog(): void {
    this.api
      .accountChecks()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: log => this.log.set(log),
        error: e => this.logError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error')),
      });
  }
}
