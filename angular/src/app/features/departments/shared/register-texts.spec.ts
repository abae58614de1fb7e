import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The register page's texts must be served by the host exactly as localization-keys.json lists them. */
const projectRoot = [process.cwd(), join(process.cwd(), 'angular')].find(dir =>
  existsSync(join(dir, 'localization-keys.json')),
)!;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const keyFile: Record<string, { 'zh-Hans': string; en: string }> = read(join(projectRoot, 'localization-keys.json'));
const hostTexts = (culture: string): Record<string, string> =>
  read(join(projectRoot, '..', 'host', 'Dalad.Host', 'Localization', 'Dalad', `${culture}.json`)).texts;

describe('register page texts in the host', () => {
  const ours = Object.entries(keyFile).filter(([key]) => key.startsWith('RegisterPage:'));

  it('has the register page keys', () => {
    expect(ours.length).toBeGreaterThan(40);
  });

  it.each(['zh-Hans', 'en'] as const)('serves every register page key in %s with the same text', culture => {
    const texts = hostTexts(culture);
    const different = ours.filter(([key, t]) => texts[key] !== t[culture]).map(([key]) => key);
    expect(different).toEqual([]);
  });
});
