// The vectors in ../../testdata/merkle are from transparency-dev/merkle (Apache License 2.0); see
// the NOTICE.md and license beside them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyConsistency } from './consistency.js';
import { verifyInclusion } from './inclusion.js';

const VECTORS = fileURLToPath(new URL('../../testdata/merkle', import.meta.url));

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : name.endsWith('.json') ? [file] : [];
  });

const bytes = (base64: string): Buffer => Buffer.from(base64, 'base64');
const proofOf = (proof: readonly string[] | null): Buffer[] => (proof ?? []).map(bytes);

interface InclusionVector {
  readonly leafIdx: number;
  readonly treeSize: number;
  readonly root: string;
  readonly leafHash: string;
  readonly proof: readonly string[] | null;
  readonly desc: string;
  readonly wantErr: boolean;
}

interface ConsistencyVector {
  readonly size1: number;
  readonly size2: number;
  readonly root1: string;
  readonly root2: string;
  readonly proof: readonly string[] | null;
  readonly desc: string;
  readonly wantErr: boolean;
}

const load = <V>(kind: string): [string, V][] =>
  filesUnder(path.join(VECTORS, kind)).map((file) => [
    path.relative(VECTORS, file),
    JSON.parse(readFileSync(file, 'utf8')) as V,
  ]);

const inclusion = load<InclusionVector>('inclusion');
const consistency = load<ConsistencyVector>('consistency');

describe('the transparency-dev/merkle test vectors', () => {
  it('are all there: 196 files, each of its kind', () => {
    expect(inclusion.length + consistency.length).toBe(196);
    expect(inclusion.filter(([, v]) => !v.wantErr).length).toBeGreaterThan(0);
    expect(consistency.filter(([, v]) => !v.wantErr).length).toBeGreaterThan(0);
  });

  it.each(inclusion)('inclusion %s: verifies exactly when no error is wanted', (_file, v) => {
    expect(verifyInclusion(v.leafIdx, v.treeSize, bytes(v.leafHash), proofOf(v.proof), bytes(v.root))).toBe(!v.wantErr);
  });

  it.each(consistency)('consistency %s: verifies exactly when no error is wanted', (_file, v) => {
    expect(verifyConsistency(v.size1, v.size2, bytes(v.root1), bytes(v.root2), proofOf(v.proof))).toBe(!v.wantErr);
  });
});
