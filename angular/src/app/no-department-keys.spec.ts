import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The UI names no department: every department is drawn from the server's description (issue 11).
 * This reads the code (templates and non-test sources, not the generated clients) and fails if a key
 * of the seven department plugins reappears as a quoted string or in a path.
 */
const projectRoot = [process.cwd(), join(process.cwd(), 'angular')].find(dir =>
  existsSync(join(dir, 'localization-keys.json')),
)!;
const srcDir = join(projectRoot, 'src');
const KEYS = ['housing', 'transport', 'water', 'energy', 'forestry', 'development-zones', 'townships'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'generated' || name === 'testing' ? [] : files(path);
    }
    return (path.endsWith('.ts') && !path.endsWith('.spec.ts')) || path.endsWith('.html') ? [path] : [];
  });
}

/** A key as a word of its own: 'water', "/departments/water", water/…, but not waterproof or water_level. */
export function departmentKeysIn(text: string): string[] {
  return KEYS.filter(key => new RegExp(`(^|[^A-Za-z0-9_-])${key}($|[^A-Za-z0-9_-])`, 'i').test(text));
}

describe('no department key in the UI code', () => {
  it('finds a planted key (the check can fail)', () => {
    expect(departmentKeysIn("const area = '/departments/water';")).toEqual(['water']);
    expect(departmentKeysIn('<div data-plugin="development-zones">')).toEqual(['development-zones']);
    expect(departmentKeysIn('waterproof watering')).toEqual([]);
  });

  it('has no key of a department in any source file or template', () => {
    const found = files(srcDir)
      .map(file => ({ file: relative(projectRoot, file), keys: departmentKeysIn(readFileSync(file, 'utf8')) }))
      .filter(hit => hit.keys.length > 0);
    expect(found).toEqual([]);
  });

  it('has no per-department folder', () => {
    const folders = readdirSync(join(srcDir, 'app', 'features', 'departments'));
    expect(folders.filter(name => KEYS.includes(name))).toEqual([]);
  });
});
