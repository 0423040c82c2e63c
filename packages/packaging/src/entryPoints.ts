import { posix } from 'node:path';
import type { Manifest } from './packedPackages.js';

/** The export condition that points the repo's own tools at `src/`; it is never a published file. */
export const SOURCE_CONDITION = '@mgmt-review/source';

/** The subpaths a package may export: its main entry, its test support, and its manifest. */
export const ALLOWED_SUBPATHS: readonly string[] = ['.', './testing', './package.json'];

/** One file a published entry points at: the subpath (or `bin`), and whether it is the types file. */
export interface EntryPoint {
  readonly entry: string;
  readonly file: string;
  readonly types: boolean;
}

const normal = (target: string) => posix.normalize(target).replace(/^\.\//, '');

/** Every file reached from one export's value: a string, or conditions (nested) leading to strings. */
const targetsOf = (entry: string, value: unknown, types: boolean): EntryPoint[] => {
  if (typeof value === 'string') return [{ entry, file: normal(value), types: types || value.endsWith('.d.ts') }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([condition, inner]) =>
    condition === SOURCE_CONDITION ? [] : targetsOf(entry, inner, types || condition === 'types'),
  );
};

/** `exports` as subpath → value (`"."` alone when `exports` names the main entry directly). */
const exportMap = (manifest: Manifest): [string, unknown][] => {
  const { exports } = manifest;
  if (exports === undefined) return [];
  if (typeof exports !== 'object' || exports === null) return [['.', exports]];
  const entries = Object.entries(exports);
  return entries.every(([key]) => key.startsWith('.')) ? entries : [['.', exports]];
};

/** The subpaths the package exports. */
export const exportedSubpaths = (manifest: Manifest): string[] => exportMap(manifest).map(([subpath]) => subpath);

/** Every published file an importer or a shell can start from: export targets, and `bin` scripts. */
export const entryPoints = (manifest: Manifest): EntryPoint[] => {
  const { bin } = manifest;
  const bins = bin === undefined ? [] : typeof bin === 'string' ? [bin] : Object.values(bin);
  return [
    ...exportMap(manifest).flatMap(([subpath, value]) => targetsOf(subpath, value, false)),
    ...bins.map((file) => ({ entry: 'bin', file: normal(file), types: false })),
  ];
};

/** One exported subpath and the source file the repo's tools resolve it to. */
export interface SourceEntry {
  readonly subpath: string;
  /** Relative to the package folder: `src/index.ts`. */
  readonly file: string;
}

/**
 * The source file behind each exported subpath (its `@mgmt-review/source` target), `./package.json`
 * aside: what a package's public API is written in.
 */
export const sourceEntries = (manifest: Manifest): SourceEntry[] =>
  exportMap(manifest)
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, value]) => {
      const source =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[SOURCE_CONDITION] : undefined;
      if (typeof source !== 'string') {
        throw new Error(`${manifest.name} exports "${subpath}" without a "${SOURCE_CONDITION}" target`);
      }
      return { subpath, file: normal(source) };
    });
