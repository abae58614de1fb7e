import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The API clients in proxy/generated are made by scripts/generate-api-clients.sh from openapi.json, the host's
 * OpenAPI document (a .NET test checks the host still serves exactly that document). This test recomputes the
 * fingerprint the script wrote: it fails when openapi.json changed without regenerating, or a generated file was
 * edited by hand. The same algorithm as scripts/api-clients-stamp.mjs.
 */
const angularDir = [process.cwd(), join(process.cwd(), 'angular')].find(dir => existsSync(join(dir, 'openapi.json')))!;
const generatedDir = join(angularDir, 'src/app/proxy/generated');

function fingerprint(): { openapi: string; clients: string } {
  const files: string[] = [];
  const walk = (dir: string): void =>
    readdirSync(dir)
      .sort()
      .forEach(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          walk(path);
        } else {
          files.push(path);
        }
      });
  walk(generatedDir);
  const clients = createHash('sha256');
  for (const file of files) {
    clients.update(relative(generatedDir, file).split('\\').join('/') + '\n');
    clients.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  }
  const openapi = createHash('sha256').update(readFileSync(join(angularDir, 'openapi.json'), 'utf8').replace(/\r\n/g, '\n'));
  return { openapi: openapi.digest('hex'), clients: clients.digest('hex') };
}

describe('generated API clients', () => {
  const stamp = JSON.parse(readFileSync(join(angularDir, 'api-clients.stamp.json'), 'utf8')) as { openapi: string; clients: string };
  const now = fingerprint();

  it('were generated from the checked-in OpenAPI snapshot (else run scripts/generate-api-clients.sh)', () => {
    expect(now.openapi).toBe(stamp.openapi);
  });

  it('are exactly what the generator wrote (never edit them by hand)', () => {
    expect(now.clients).toBe(stamp.clients);
  });

  it('cover the answers the features read', () => {
    const models = readdirSync(join(generatedDir, 'models'));
    for (const model of ['case-detail-dto.ts', 'lead-dto.ts', 'calendar-day-dto.ts', 'routing-proposal.ts', 'body-dto.ts']) {
      expect(models).toContain(model);
    }
  });
});
