import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeDifferences } from './treeDifferences.js';
import { writeApiReference } from './writeApiReference.js';

/**
 * `npm run docs:api` rewrites docs/api from the sources; `npm run docs:api:check` (`--check`) makes
 * a fresh reference in a temporary folder and exits 1, naming the files, when docs/api differs
 * from it, or when TypeDoc warns.
 */
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const docs = join(root, 'docs', 'api');

const check = async () => {
  const fresh = mkdtempSync(join(tmpdir(), 'mgmt-review-api-'));
  try {
    await writeApiReference(root, fresh);
    const differences = treeDifferences(docs, fresh);
    for (const { path, change } of differences) console.log(`${change}: docs/api/${path}`);
    if (differences.length > 0) {
      console.log(`docs/api is not what the sources make (${differences.length} files): run npm run docs:api`);
      return 1;
    }
    console.log('docs/api: up to date');
    return 0;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
};

const write = async () => {
  rmSync(docs, { recursive: true, force: true });
  await writeApiReference(root, docs);
  console.log('docs/api: written');
  return 0;
};

try {
  process.exitCode = await (process.argv.includes('--check') ? check() : write());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
