import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The responsibility pages' texts must reach the browser as localization-keys.json lists them:
 * their own from the host's Dalad resource, the field, kind and action names from the
 * responsibility module's (each defined once, so load order cannot pick another text).
 */
const projectRoot = [process.cwd(), join(process.cwd(), 'angular')].find(dir => existsSync(join(dir, 'localization-keys.json')))!;
const repository = join(projectRoot, '..');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const keyFile: Record<string, { 'zh-Hans': string; en: string }> = read(join(projectRoot, 'localization-keys.json'));
const resourceFile = (folder: string, culture: string): Record<string, string> =>
  read(join(repository, folder, 'Localization', 'Dalad', `${culture}.json`)).texts;
const host = (culture: string) => resourceFile('host/Dalad.Host', culture);
const module = (culture: string) => resourceFile('modules/responsibility/Dalad.Responsibility', culture);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const usedKeys = [
  ...new Set(
    files(join(projectRoot, 'src', 'app', 'features', 'responsibility')).flatMap(file =>
      [...readFileSync(file, 'utf8').matchAll(/Dalad::([A-Za-z][A-Za-z0-9:._-]*)/g)].map(m => m[1]),
    ),
  ),
];

describe('responsibility page texts', () => {
  it('finds the keys the pages use', () => {
    expect(usedKeys.length).toBeGreaterThan(100);
  });

  it.each(['zh-Hans', 'en'] as const)('are served in %s with the listed text, by the host or the module but not both', culture => {
    const problems = usedKeys.flatMap(key => {
      const inHost = host(culture)[key];
      const inModule = module(culture)[key];
      if (inHost !== undefined && inModule !== undefined) {
        return [`${key}: in the host and the module`];
      }
      const served = inHost ?? inModule;
      return served === keyFile[key]?.[culture] ? [] : [`${key}: served ${JSON.stringify(served)}, listed ${JSON.stringify(keyFile[key]?.[culture])}`];
    });
    expect(problems).toEqual([]);
  });
});
