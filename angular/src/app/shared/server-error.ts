import { HttpErrorResponse } from '@angular/common/http';

/** The fallback when the server sent no readable message (network down, HTML error page…). */
export const GENERIC_ERROR_KEY = 'Dalad::RegisterPage:Error';

/**
 * The localized message of a failed request: ABP's error format (`error.details`, else
 * `error.message`), else RFC 7807 problem details (`detail`, `title`, validation `errors`).
 * Returns undefined when there is none, so the caller can fall back to a generic text.
 */
export function serverErrorMessage(response: unknown): string | undefined {
  const body = response instanceof HttpErrorResponse ? response.error : (response as { error?: unknown })?.error;
  if (!body || typeof body !== 'object') {
    return undefined;
  }
  const abp = (body as { error?: { message?: string; details?: string } }).error;
  if (abp?.message) {
    // `message` is often a general sentence ("could not be completed"); `details` says what went wrong.
    return abp.details || abp.message;
  }
  const problem = body as { detail?: string; title?: string; errors?: Record<string, string[]> };
  if (problem.detail) {
    return problem.detail;
  }
  const validation = Object.values(problem.errors ?? {}).flat();
  if (validation.length) {
    return validation.join(' ');
  }
  return problem.title || undefined;
}
