import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';
import type { PackedPackage } from './packedPackages.js';

/** An import of another package (or of a Node built-in), and the packed file that makes it. */
export interface BareImport {
  readonly file: string;
  readonly specifier: string;
  /** `fp-ts` for `fp-ts/lib/Either.js`, `@scope/name` for `@scope/name/sub`. */
  readonly packageName: string;
}

/** An import of a file the tarball does not hold. */
export interface MissingFile {
  readonly file: string;
  readonly specifier: string;
}

/** What a set of published files loads, followed through their relative imports. */
export interface ModuleGraph {
  /** The packed files reached, the starting files included. */
  readonly files: ReadonlySet<string>;
  readonly bare: readonly BareImport[];
  readonly missing: readonly MissingFile[];
}

/**
 * The module specifiers a file names: static imports and re-exports, `import()` (also in types:
 * `import("x").T`), and `require`. Type-only imports are erased from compiled JavaScript, so in a
 * `.js` file every specifier is loaded at run time.
 */
export const specifiersOf = (text: string): string[] =>
  ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);

export const packageNameOf = (specifier: string): string => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
};

export const isBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(packageNameOf(specifier));

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

/** `./x.js` names `x.d.ts` to the type checker. */
const declarationOf = (path: string) => path.replace(/\.js$/, '.d.ts').replace(/\.mjs$/, '.d.mts');

/**
 * Follows the relative imports from `starts` through the tarball. `types` follows declaration
 * files (what a host's type checker loads) instead of JavaScript (what Node loads).
 */
export const moduleGraph = (pkg: PackedPackage, starts: readonly string[], types: boolean): ModuleGraph => {
  const packed = new Set(pkg.files);
  const files = new Set<string>();
  const bare: BareImport[] = [];
  const missing: MissingFile[] = [];
  const visit = (file: string, from: string | undefined, specifier: string) => {
    if (files.has(file)) return;
    if (!packed.has(file)) {
      missing.push({ file: from ?? file, specifier });
      return;
    }
    files.add(file);
    for (const next of specifiersOf(pkg.read(file))) {
      if (isRelative(next)) {
        const target = posix.normalize(posix.join(posix.dirname(file), next));
        visit(types ? declarationOf(target) : target, file, next);
      } else {
        bare.push({ file, specifier: next, packageName: packageNameOf(next) });
      }
    }
  };
  for (const start of starts) visit(start, undefined, start);
  return { files, bare, missing };
};
