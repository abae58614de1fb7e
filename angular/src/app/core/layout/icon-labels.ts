import { LocalizationService } from '@abp/ng.core';

/** The theme's phone header draws its user-menu and menu buttons as bare icons: give them names (axe aria-command-name). */
export const ICON_BUTTON_KEYS: Record<string, string> = {
  'bi bi-person': 'Dalad::Shell:UserMenu',
  'bi bi-list': 'Dalad::Shell:Menu',
};

/** Names every unnamed icon button of the theme now and whenever the theme renders new ones. */
export function labelIconButtons(root: HTMLElement, localization: Pick<LocalizationService, 'instant'>): MutationObserver | null {
  const apply = () => {
    for (const [iconClass, key] of Object.entries(ICON_BUTTON_KEYS)) {
      const text = localization.instant(key);
      if (!text || text === key) {
        continue; // texts not loaded yet: the next change tries again
      }
      root.querySelectorAll(`lpx-icon[iconclass="${iconClass}"]:not([aria-label])`).forEach(icon => {
        icon.setAttribute('aria-label', text);
        if (!icon.getAttribute('role')) {
          icon.setAttribute('role', 'button');
        }
      });
    }
  };
  apply();
  if (typeof MutationObserver === 'undefined') {
    return null;
  }
  const observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
