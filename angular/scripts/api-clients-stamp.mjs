// The fingerprint of the generated API clients: the OpenAPI snapshot they were made from and the files themselves.
// scripts/generate-api-clients.sh writes it (`node scripts/api-clients-stamp.mjs write`); the unit test
// src/app/proxy/generated-clients.spec.ts recomputes it, so a changed snapshot or a hand-edited client fails the tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const stampFile = 'api-clients.stamp.json';

export function fingerprint(angularDir) {
  const generated = join(angularDir, 'src/app/proxy/generated');
  const files = [];
  const walk = dir =>
    readdirSync(dir)
      .sort()
      .forEach(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      });
  walk(generated);
  const clients = createHash('sha256');
  for (const file of files) {
    clients.update(relative(generated, file).split('\\').join('/') + '\n');
    clients.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  }
  const openapi = createHash('sha256').update(readFileSync(join(angularDir, 'openapi.json'), 'utf8').replace(/\r\n/g, '\n'));
  return { openapi: openapi.digest('hex'), clients: clients.digest('hex') };
}

if (process.argv[2] === 'write') {
  const dir = process.cwd();
  writeFileSync(join(dir, stampFile), JSON.stringify(fingerprint(dir), null, 2) + '\n');
}
