#!/usr/bin/env node
// Fails (exit 1) when the TypeScript sources import each other in a cycle, static or dynamic (`import('…')`), so a
// cycle like the old core/departments.ts ⇄ features/departments/shared cannot come back. Only relative imports are
// followed (packages cannot import us). `--self-test` runs it on scripts/fixtures/import-cycle, a planted cycle, and
// fails unless that cycle is found: the check itself is tested every time `npm run test:ci` runs.
// Usage: node scripts/check-import-cycles.mjs [dir]   (default: src)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sources(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  return [base + '.ts', join(base, 'index.ts'), base].find(p => existsSync(p) && statSync(p).isFile());
}

/** Every cycle's files, as strongly connected components with more than one file (or a file importing itself). */
export function findCycles(dir) {
  const files = sources(dir);
  const graph = new Map(files.map(file => [file, new Set()]));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]);
      if (target && graph.has(target)) graph.get(file).add(target);
    }
  }
  // Tarjan's algorithm.
  let index = 0;
  const indices = new Map(), low = new Map(), stack = [], onStack = new Set(), cycles = [];
  const visit = node => {
    indices.set(node, index); low.set(node, index); index++;
    stack.push(node); onStack.add(node);
    for (const next of graph.get(node)) {
      if (!indices.has(next)) { visit(next); low.set(node, Math.min(low.get(node), low.get(next))); }
      else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== node);
      if (component.length > 1 || graph.get(node).has(node)) cycles.push(component.map(f => relative(dir, f)).sort());
    }
  };
  for (const file of files) if (!indices.has(file)) visit(file);
  return cycles;
}

if (process.argv.includes('--self-test')) {
  const cycles = findCycles(join(here, 'fixtures', 'import-cycle'));
  if (cycles.length !== 1 || cycles[0].join(' ') !== 'a.ts b.ts c.ts') {
    console.error('check-import-cycles self-test: the planted cycle a → b → c → a was not found:', JSON.stringify(cycles));
    process.exit(1);
  }
  console.log('check-import-cycles self-test: the planted cycle is found.');
} else {
  const dir = resolve(process.argv[2] ?? join(here, '..', 'src'));
  const cycles = findCycles(dir);
  if (cycles.length > 0) {
    for (const cycle of cycles) console.error('Import cycle: ' + cycle.join(' ⇄ '));
    process.exit(1);
  }
  console.log(`No import cycle in ${relative(process.cwd(), dir) || '.'}.`);
}
