import { labelIconButtons } from './icon-labels';

describe('labelIconButtons', () => {
  it('names the theme icon buttons, also those rendered later', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<lpx-icon iconclass="bi bi-person" role="button"></lpx-icon>';
    const observer = labelIconButtons(root, { instant: (key: string) => 'text of ' + key } as never);
    expect(root.querySelector('lpx-icon')?.getAttribute('aria-label')).toBe('text of Dalad::Shell:UserMenu');
    root.insertAdjacentHTML('beforeend', '<lpx-icon iconclass="bi bi-list"></lpx-icon>');
    await new Promise(resolve => setTimeout(resolve, 0));
    const menu = root.querySelector('lpx-icon[iconclass="bi bi-list"]');
    expect(menu?.getAttribute('aria-label')).toBe('text of Dalad::Shell:Menu');
    expect(menu?.getAttribute('role')).toBe('button');
    observer?.disconnect();
  });
});
