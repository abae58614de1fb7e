import { CUSTOM_ERROR_HANDLERS, CUSTOM_HTTP_ERROR_HANDLER_PRIORITY, CustomHttpErrorHandlerService } from '@abp/ng.theme.shared';
import { inject, Injectable, Provider } from '@angular/core';
import { Router } from '@angular/router';

export const FORBIDDEN_URL = '/forbidden';

/**
 * A 403 (a guard refusing a page, or a request the server refused) opens our 403 page inside the application
 * layout, instead of ABP's bare full-screen "[403]" overlay.
 */
@Injectable({ providedIn: 'root' })
export class ForbiddenErrorHandler implements CustomHttpErrorHandlerService {
  private readonly router = inject(Router);
  readonly priority = CUSTOM_HTTP_ERROR_HANDLER_PRIORITY.veryHigh + 1;

  canHandle(error: unknown): boolean {
    return (error as { status?: number } | null)?.status === 403;
  }

  execute(): void {
    void this.router.navigateByUrl(FORBIDDEN_URL);
  }
}

export function provideForbiddenPage(): Provider {
  return { provide: CUSTOM_ERROR_HANDLERS, useExisting: ForbiddenErrorHandler, multi: true };
}
