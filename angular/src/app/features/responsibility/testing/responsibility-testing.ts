import { ToasterService } from '@abp/ng.theme.shared';
import { EnvironmentProviders, Provider } from '@angular/core';
import { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { MatrixApi } from '../data/matrix-api';
import { MANAGE_PERMISSION } from '../shared/permissions';

/** Providers for the responsibility pages: ABP fakes with or without the manage permission, the given API and toaster. */
export function provideResponsibilityTesting(options: { api: object; toaster?: Partial<ToasterService>; canManage: boolean }): (Provider | EnvironmentProviders)[] {
  const grantedPolicies: Record<string, boolean> = { 'Dalad.Responsibility': true };
  if (options.canManage) {
    grantedPolicies[MANAGE_PERMISSION] = true;
  }
  return [
    provideRouter([]),
    ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u1' }, auth: { grantedPolicies } })),
    { provide: MatrixApi, useValue: options.api },
    { provide: ToasterService, useValue: options.toaster ?? { success: () => 0, error: () => 0 } },
  ];
}

/** Runs change detection until `check` passes (the modal opens a tick later, answers arrive asynchronously). */
export async function settle(fixture: ComponentFixture<unknown>, check: () => void): Promise<void> {
  await vitestWaitFor(() => {
    fixture.detectChanges();
    check();
  });
}

async function vitestWaitFor(check: () => void, timeout = 5000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeout) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  }
}

/** The open dialog (ng-bootstrap puts it at the end of the document's body, outside the fixture). */
export function dialog(): HTMLElement | null {
  return document.querySelector('ngb-modal-window');
}

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode | null, id: string): T | null {
  return root?.querySelector<T>(`[data-testid="${id}"]`) ?? null;
}

export function allByTestId<T extends HTMLElement = HTMLElement>(root: ParentNode | null, id: string): T[] {
  return [...(root?.querySelectorAll<T>(`[data-testid="${id}"]`) ?? [])];
}

/** Types into an input or textarea the way a user does (value, then the input event forms listen to). */
export function type(element: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!element) {
    throw new Error('no such field');
  }
  element.value = value;
  element.dispatchEvent(new Event('input'));
  element.dispatchEvent(new Event('blur'));
}
