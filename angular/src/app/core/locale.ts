/**
 * Angular locale data for the two UI languages (zh-Hans first, en second). Only these two are
 * bundled; any other culture falls back to English formats.
 */
export function registerDaladLocale(locale: string): Promise<{ default: unknown }> {
  if (locale?.toLowerCase().startsWith('zh')) {
    return import('@angular/common/locales/zh-Hans').then(m => ({ default: m.default }));
  }
  return import('@angular/common/locales/en').then(m => ({ default: m.default }));
}
