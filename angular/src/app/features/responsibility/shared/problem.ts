import { HttpErrorResponse } from '@angular/common/http';

/**
 * What went wrong, for the user: the server's own localized text where it sent one (problem
 * details, with ABP's `error` object beside), otherwise one of ABP's generic texts by key.
 */
export interface Problem {
  title?: string;
  titleKey?: string;
  messages: string[];
  detailKey?: string;
}

interface ServerProblem {
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
  error?: {
    message?: string;
    details?: string;
    validationErrors?: { message: string }[] | null;
  };
}

export function toProblem(error: unknown): Problem {
  if (!(error instanceof HttpErrorResponse)) {
    return { titleKey: 'AbpUi::DefaultErrorMessage', messages: [], detailKey: 'AbpUi::DefaultErrorMessageDetail' };
  }
  const body = (typeof error.error === 'object' && error.error) as ServerProblem | false;
  if (body && body.error && (body.error.details || body.error.message)) {
    const validation = (body.error.validationErrors ?? []).map(v => v.message).filter(Boolean);
    return {
      title: body.error.message ?? body.title,
      messages: validation.length ? validation : [body.error.details ?? ''].filter(Boolean),
    };
  }
  if (body && (body.detail || body.title)) {
    const validation = Object.values(body.errors ?? {}).flat();
    return { title: body.title, messages: validation.length ? validation : [body.detail ?? ''].filter(Boolean) };
  }
  switch (error.status) {
    case 0:
      return { titleKey: 'AbpUi::DefaultErrorMessage', messages: [], detailKey: 'AbpUi::InternetConnectionInfo' };
    case 401:
      return { titleKey: 'AbpUi::DefaultErrorMessage401', messages: [], detailKey: 'AbpUi::DefaultErrorMessage401Detail' };
    case 403:
      return { titleKey: 'AbpUi::DefaultErrorMessage403', messages: [], detailKey: 'AbpUi::DefaultErrorMessage403Detail' };
    case 404:
      return { titleKey: 'AbpUi::DefaultErrorMessage404', messages: [], detailKey: 'AbpUi::DefaultErrorMessage404Detail' };
    default:
      return { titleKey: 'AbpUi::DefaultErrorMessage', messages: [], detailKey: 'AbpUi::DefaultErrorMessageDetail' };
  }
}
