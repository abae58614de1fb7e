import { AuthService } from '@abp/ng.core';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { AccountApi } from './account-api';
import { ManageProfile } from './manage-profile';

const profile = {
  userName: 'housing.clerk', name: '李明', surname: null, email: 'li@dalad.test', phoneNumber: '13800000000',
  isExternal: false, hasPassword: true, concurrencyStamp: 'stamp-1',
};

function setup(api: Partial<Record<keyof AccountApi, unknown>>, logout = vi.fn(() => of(undefined))) {
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({})),
      { provide: AccountApi, useValue: { getProfile: vi.fn(() => of(profile)), ...api } },
      { provide: AuthService, useValue: { logout } },
    ],
  });
  const fixture = TestBed.createComponent(ManageProfile);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement };
}

function type(el: HTMLElement, id: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>('#' + id)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

function problem(detail: string): HttpErrorResponse {
  return new HttpErrorResponse({ status: 400, error: { title: '输入的数据未通过校验', detail } });
}

describe('ManageProfile (个人信息 and 修改密码)', () => {
  it('fills the form from the profile, counts the name, and saves name, e-mail and phone with the stamp', () => {
    const updateProfile = vi.fn(() => of({ ...profile, name: '李明明', concurrencyStamp: 'stamp-2' }));
    const { fixture, el } = setup({ updateProfile });
    expect(el.querySelector<HTMLInputElement>('#profile-username')!.value).toBe('housing.clerk');
    expect(el.querySelector<HTMLInputElement>('#profile-name')!.value).toBe('李明');
    expect(el.querySelector('#profile-name-count')!.textContent).toContain('2/64');
    expect(el.querySelector('#profile-name')!.getAttribute('maxlength')).toBe('64');

    type(el, 'profile-name', '李明明');
    fixture.detectChanges();
    expect(el.querySelector('#profile-name-count')!.textContent).toContain('3/64');
    el.querySelector<HTMLButtonElement>('[data-testid="profile-save"]')!.click();
    fixture.detectChanges();

    expect(updateProfile).toHaveBeenCalledWith({
      name: '李明明', email: 'li@dalad.test', phoneNumber: '13800000000', surname: null, concurrencyStamp: 'stamp-1',
    });
    expect(el.querySelector('[data-testid="profile-notice"]')!.textContent).toContain('Account:Profile:Saved');
  });

  it('outlines a bad e-mail and sends nothing', () => {
    const updateProfile = vi.fn();
    const { fixture, el } = setup({ updateProfile });
    type(el, 'profile-email', 'not-an-address');
    el.querySelector<HTMLButtonElement>('[data-testid="profile-save"]')!.click();
    fixture.detectChanges();
    expect(el.querySelector('#profile-email')!.classList).toContain('is-invalid');
    expect(el.querySelector('[data-testid="profile-email-error"]')).not.toBeNull();
    expect(updateProfile).not.toHaveBeenCalled();
  });

  it("shows the server's Chinese refusal of a weak password, and keeps the session", () => {
    const changePassword = vi.fn(() => throwError(() => problem('密码至少 8 位，并包含小写字母、大写字母、数字、其他字符中的至少 3 类。')));
    const logout = vi.fn(() => of(undefined));
    const { fixture, el } = setup({ changePassword }, logout);
    type(el, 'password-current', '1q2w3E*Dalad');
    type(el, 'password-new', 'abcdefgh');
    type(el, 'password-confirm', 'abcdefgh');
    el.querySelector<HTMLButtonElement>('[data-testid="password-save"]')!.click();
    fixture.detectChanges();

    expect(changePassword).toHaveBeenCalledWith({ currentPassword: '1q2w3E*Dalad', newPassword: 'abcdefgh' });
    expect(el.querySelector('[data-testid="password-notice"]')!.textContent).toContain('密码至少 8 位');
    expect(el.querySelector('[data-testid="password-sign-in"]')).toBeNull();
    expect(logout).not.toHaveBeenCalled();
  });

  it('refuses two different new passwords in the browser', () => {
    const changePassword = vi.fn();
    const { fixture, el } = setup({ changePassword });
    type(el, 'password-current', 'old');
    type(el, 'password-new', 'Baotou-2026');
    type(el, 'password-confirm', 'Baotou-2027');
    el.querySelector<HTMLButtonElement>('[data-testid="password-save"]')!.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="password-mismatch"]')).not.toBeNull();
    expect(changePassword).not.toHaveBeenCalled();
  });

  it('after a password change, says so and signs in again on request', () => {
    const changePassword = vi.fn(() => of(undefined));
    const logout = vi.fn(() => of(undefined));
    const { fixture, el } = setup({ changePassword }, logout);
    type(el, 'password-current', '1q2w3E*Dalad');
    type(el, 'password-new', 'Baotou-2026');
    type(el, 'password-confirm', 'Baotou-2026');
    el.querySelector<HTMLButtonElement>('[data-testid="password-save"]')!.click();
    fixture.detectChanges();

    expect(el.querySelector('[data-testid="password-notice"]')!.textContent).toContain('Account:Password:Changed');
    expect(el.querySelector<HTMLInputElement>('#password-new')!.value).toBe('');
    el.querySelector<HTMLButtonElement>('[data-testid="password-sign-in"]')!.click();
    expect(logout).toHaveBeenCalled();
  });
});
