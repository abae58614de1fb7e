import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** shared/ holds what several features use; it never reaches into a feature (features depend on shared, not back). */
const sharedDir = join(
  [process.cwd(), join(process.cwd(), 'angular')].find(dir => existsSync(join(dir, 'src/app/shared')))!,
  'src/app/shared',
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('shared/', () => {
  it('imports no feature', () => {
    const offenders = sources(sharedDir).filter(file => /from '[^']*\/features\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is where the helpers of several features live', () => {
    const files = sources(sharedDir).map(file => file.slice(sharedDir.length + 1));
    expect(files).toEqual(expect.arrayContaining(['server-error.ts', join('pager', 'pager.ts')]));
  });
});
