import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { treeDifferences } from './treeDifferences.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tree = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-tree-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};

describe('the checked-in API reference against a fresh one', () => {
  const fresh = { 'README.md': '# mgmt-review\n', '@mgmt-review/core/README.md': '# core\n' };

  it('agrees when both hold the same files with the same bytes', () => {
    expect(treeDifferences(tree(fresh), tree(fresh))).toEqual([]);
  });

  it('names each file that is missing, stale or left over, nested folders included', () => {
    const written = tree({ 'README.md': '# mgmt-review, before\n', 'gone.md': 'an export removed since\n' });
    expect(treeDifferences(written, tree(fresh))).toEqual([
      { path: '@mgmt-review/core/README.md', change: 'missing' },
      { path: 'README.md', change: 'stale' },
      { path: 'gone.md', change: 'extra' },
    ]);
  });

  it('finds every file missing when nothing was written yet', () => {
    expect(treeDifferences(join(tmpdir(), 'mgmt-review-no-such-folder'), tree(fresh)).map((d) => d.change)).toEqual([
      'missing',
      'missing',
    ]);
  });
});
