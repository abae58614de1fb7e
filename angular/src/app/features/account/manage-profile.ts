import { AuthService, LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import type { ProfileDto } from '../../proxy/generated/models';
import { PageHeader } from '../../shared/page-header/page-header';
import { GENERIC_ERROR_KEY, serverErrorMessage } from '../../shared/server-error';
import { AccountApi } from './account-api';

/** ABP's limits (IdentityUserConsts), also enforced by the server. */
export const PROFILE_LIMITS = { name: 64, email: 256, phoneNumber: 16, password: 128 } as const;

export interface Notice {
  kind: 'success' | 'danger';
  key?: string;
  text?: string;
}

/** The new password and its repetition must agree (the server checks everything else). */
export function passwordsMatch(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { newPassword?: string; confirmPassword?: string };
  return value.confirmPassword && value.newPassword !== value.confirmPassword ? { mismatch: true } : null;
}

/** Personal settings (name, e-mail, phone) and password change for the signed-in user. A new password ends the session: sign in again. */
@Component({
  selector: 'dalad-manage-profile',
  imports: [PageHeader, LocalizationPipe, ReactiveFormsModule],
  templateUrl: './manage-profile.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManageProfile {
  private readonly api = inject(AccountApi);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly limits = PROFILE_LIMITS;
  readonly profile = signal<ProfileDto | null>(null);
  readonly profileNotice = signal<Notice | null>(null);
  readonly passwordNotice = signal<Notice | null>(null);
  readonly passwordChanged = signal(false);
  readonly saving = signal(false);

  readonly profileForm = this.fb.group({
    name: ['', [Validators.maxLength(PROFILE_LIMITS.name)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(PROFILE_LIMITS.email)]],
    phoneNumber: ['', [Validators.maxLength(PROFILE_LIMITS.phoneNumber), Validators.pattern(/^[0-9+\-()\s]*$/)]],
  });

  readonly passwordForm = this.fb.group(
    {
      currentPassword: ['', [Validators.required, Validators.maxLength(PROFILE_LIMITS.password)]],
      newPassword: ['', [Validators.required, Validators.maxLength(PROFILE_LIMITS.password)]],
      confirmPassword: ['', [Validators.required]],
    },
    { validators: passwordsMatch },
  );

  constructor() {
    this.api
      .getProfile()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: profile => {
          this.profile.set(profile);
          this.profileForm.reset({
            name: profile.name ?? '',
            email: profile.email ?? '',
            phoneNumber: profile.phoneNumber ?? '',
          });
        },
        error: e => this.profileNotice.set(failure(e)),
      });
  }

  saveProfile(): void {
    this.profileForm.markAllAsTouched();
    const current = this.profile();
    if (this.profileForm.invalid || !current || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.profileNotice.set(null);
    const value = this.profileForm.getRawValue();
    this.api
      .updateProfile({ ...value, surname: current.surname, concurrencyStamp: current.concurrencyStamp })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: profile => {
          this.saving.set(false);
          this.profile.set(profile);
          this.profileNotice.set({ kind: 'success', key: 'Dalad::Account:Profile:Saved' });
        },
        error: e => {
          this.saving.set(false);
          this.profileNotice.set(failure(e));
        },
      });
  }

  changePassword(): void {
    this.passwordForm.markAllAsTouched();
    if (this.passwordForm.invalid || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.passwordNotice.set(null);
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    this.api
      .changePassword({ currentPassword, newPassword })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.passwordForm.reset();
          this.passwordChanged.set(true);
          this.passwordNotice.set({ kind: 'success', key: 'Dalad::Account:Password:Changed' });
        },
        error: e => {
          this.saving.set(false);
          this.passwordNotice.set(failure(e));
        },
      });
  }

  /** The new password ended this session; the sign-in page asks for it. */
  signInAgain(): void {
    this.auth.logout().subscribe();
  }

  invalid(control: AbstractControl | null): boolean {
    return !!control && control.invalid && control.touched;
  }
}

function failure(error: unknown): Notice {
  const text = serverErrorMessage(error);
  return text ? { kind: 'danger', text } : { kind: 'danger', key: GENERIC_ERROR_KEY };
}
