import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KNOWN_BODY_KINDS } from '../app/shared/body-kind';

/**
 * Every text of ours comes from the back end's `Dalad` localization resource. These tests read
 * the sources from disk (the runner starts in the angular/ folder).
 */
const projectRoot = [process.cwd(), join(process.cwd(), 'angular')].find(dir =>
  existsSync(join(dir, 'localization-keys.json')),
)!;
const srcDir = join(projectRoot, 'src');

function files(dir: string, accept: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'testing' ? [] : files(path, accept);
    }
    return accept(path) ? [path] : [];
  });
}

const templates = files(srcDir, f => f.endsWith('.html'));
const sources = files(srcDir, f => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

type KeyFile = Record<string, { 'zh-Hans': string; en: string }>;
const keyFile: KeyFile = JSON.parse(readFileSync(join(projectRoot, 'localization-keys.json'), 'utf8'));

/** `Dalad::Key` literals in templates and code (keys built at run time are listed below). */
function literalKeys(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...templates, ...sources]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/Dalad::([A-Za-z][A-Za-z0-9:._-]*)/g)) {
      // A key that ends in ':' is a prefix completed at run time (see dynamicKeys).
      if (!match[1].endsWith(':')) {
        found.set(match[1].replace(/\.+$/, ''), relative(projectRoot, file));
      }
    }
  }
  return found;
}

function dynamicKeys(): string[] {
  return [
    ...KNOWN_BODY_KINDS.map(kind => `BodyKind:${kind}`),
  ];
}

/** Removes `@if (...)`, `@for (...)`, `@case (...)` etc. with their (nested) parentheses. */
function stripControlFlow(template: string): string {
  let out = '';
  let i = 0;
  const block = /^@(if|else if|for|switch|case)\s*\(/;
  while (i < template.length) {
    const match = block.exec(template.slice(i));
    if (!match) {
      out += template[i++];
      continue;
    }
    i += match[0].length;
    for (let depth = 1; i < template.length && depth > 0; i++) {
      depth += template[i] === '(' ? 1 : template[i] === ')' ? -1 : 0;
    }
    out += ' ';
  }
  return out;
}

describe('no hard-coded texts', () => {
  it('finds the templates', () => {
    expect(templates.length).toBeGreaterThan(20);
    expect(sources.length).toBeGreaterThan(20);
  });

  it('has no Chinese (CJK) characters in any template or source file', () => {
    const offenders = [...templates, ...sources]
      .flatMap(file =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(projectRoot, file)}:${i + 1}` })),
      )
      .filter(({ line }) => CJK.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('has no literal words between template tags (texts go through abpLocalization)', () => {
    const offenders: string[] = [];
    for (const file of templates) {
      const text = stripControlFlow(
        readFileSync(file, 'utf8')
          .replace(/<!--[\s\S]*?-->/g, ' ')
          .replace(/\{\{[\s\S]*?\}\}/g, ' ')
          .replace(/<[^>]*>/g, ' ')
          .replace(/@let\s[^;]*;/g, ' ')
          .replace(/&(#\d+|[a-z]+);/gi, ' '),
      )
        .replace(/@(else|default|empty)\b/g, ' ')
        .replace(/[{}]/g, ' ');
      const words = text.match(/[A-Za-z\u00c0-\u024f\u4e00-\u9fff]{2,}/g);
      if (words) {
        offenders.push(`${relative(projectRoot, file)}: ${words.join(' ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no literal text in user-facing attributes', () => {
    const attribute = /\s(title|placeholder|alt|aria-label)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g;
    const offenders = templates.flatMap(file =>
      [...readFileSync(file, 'utf8').matchAll(attribute)].map(m => `${relative(projectRoot, file)}: ${m[0].trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('localization-keys.json (what the back end serves in the Dalad resource)', () => {
  it('lists every Dalad key the UI uses', () => {
    const missing = [...literalKeys()].filter(([key]) => !keyFile[key]).map(([key, file]) => `${key} (${file})`);
    const missingDynamic = dynamicKeys().filter(key => !keyFile[key]);
    expect([...missing, ...missingDynamic]).toEqual([]);
  });

  it('has no key the UI does not use', () => {
    const used = new Set([...literalKeys().keys(), ...dynamicKeys()]);
    expect(Object.keys(keyFile).filter(key => !used.has(key))).toEqual([]);
  });

  it('has a Chinese and an English text for every key', () => {
    const bad = Object.entries(keyFile)
      .filter(([, t]) => !t['zh-Hans']?.trim() || !t.en?.trim() || !CJK.test(t['zh-Hans']) || CJK.test(t.en))
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('keeps ABP placeholders the same in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    const bad = Object.entries(keyFile)
      .filter(([, t]) => placeholders(t['zh-Hans']) !== placeholders(t.en))
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });
});

describe('the back end serves localization-keys.json', () => {
  /** Every Localization/<Resource>/<culture>.json of the host and the modules, with its texts. */
  function localizationFiles(): { path: string; resource: string; culture: string; texts: Record<string, string> }[] {
    const repository = join(projectRoot, '..');
    const found: { path: string; resource: string; culture: string; texts: Record<string, string> }[] = [];
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (!['bin', 'obj', 'node_modules'].includes(name)) {
            visit(path);
          }
          continue;
        }
        const parts = relative(repository, path).split(/[\\/]/);
        if (name.endsWith('.json') && parts.at(-3) === 'Localization') {
          const json = JSON.parse(readFileSync(path, 'utf8'));
          found.push({ path: parts.join('/'), resource: parts.at(-2)!, culture: json.culture, texts: json.texts });
        }
      }
    };
    ['host', 'modules'].map(dir => join(repository, dir)).filter(existsSync).forEach(visit);
    return found;
  }

  const files = localizationFiles();

  it('finds the host and module resources', () => {
    expect(files.filter(f => f.resource === 'Dalad').length).toBeGreaterThan(2);
  });

  it.each(['zh-Hans', 'en'] as const)('in %s, with the same texts', culture => {
    const texts = Object.assign({}, ...files.filter(f => f.resource === 'Dalad' && f.culture === culture).map(f => f.texts));
    const differing = Object.entries(keyFile)
      .filter(([key, t]) => texts[key] !== t[culture])
      .map(([key, t]) => `${key}: served ${JSON.stringify(texts[key])}, listed ${JSON.stringify(t[culture])}`);
    expect(differing).toEqual([]);
  });

  it('defines each key of a resource in one file only (which of two would win depends on load order)', () => {
    const firstFile = new Map<string, string>();
    const twice: string[] = [];
    for (const file of files) {
      for (const key of Object.keys(file.texts)) {
        const id = `${file.resource}::${key} (${file.culture})`;
        const earlier = firstFile.get(id);
        if (earlier) {
          twice.push(`${id}: ${earlier} and ${file.path}`);
        } else {
          firstFile.set(id, file.path);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});
