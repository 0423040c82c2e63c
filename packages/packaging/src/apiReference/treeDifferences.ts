import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One file where the written reference and a fresh one part. */
export interface TreeDifference {
  readonly path: string;
  readonly change: 'missing' | 'stale' | 'extra';
}

const filesUnder = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
};

/**
 * Where `written` (the checked-in tree) differs from `fresh` (made now from the sources): a file
 * only the fresh one has is `missing`, one whose bytes differ is `stale`, one only the written one
 * has is `extra`. Empty when the two are the same files with the same bytes.
 */
export const treeDifferences = (written: string, fresh: string): TreeDifference[] => {
  const writtenFiles = new Set(filesUnder(written));
  const freshFiles = filesUnder(fresh);
  const differences: TreeDifference[] = [];
  for (const path of freshFiles) {
    if (!writtenFiles.has(path)) differences.push({ path, change: 'missing' });
    else if (!readFileSync(join(written, path)).equals(readFileSync(join(fresh, path)))) {
      differences.push({ path, change: 'stale' });
    }
  }
  const freshSet = new Set(freshFiles);
  for (const path of writtenFiles) if (!freshSet.has(path)) differences.push({ path, change: 'extra' });
  return differences;
};
