import { ALLOWED_SUBPATHS, type EntryPoint, entryPoints, exportedSubpaths } from './entryPoints.js';
import { isBuiltin, type ModuleGraph, moduleGraph } from './importGraph.js';
import type { PackedPackage } from './packedPackages.js';

/** The rules a published package keeps; each problem names the one it breaks. */
export type PublishingRule =
  | 'no-test-files'
  | 'test-support-only-behind-testing'
  | 'no-test-support-in-main-entry'
  | 'every-packed-file-is-loaded'
  | 'every-import-is-packed'
  | 'runtime-imports-are-dependencies'
  | 'dependencies-are-imported';

export interface PublishingProblem {
  readonly _tag: 'PublishingProblem';
  readonly package: string;
  readonly rule: PublishingRule;
  readonly message: string;
}

/** Test runners, property-test libraries and assertion modules: what only test support loads. */
const TEST_MODULE =
  /^(vitest|@vitest\/.+|fast-check|@fast-check\/.+|jest|@jest\/.+|mocha|chai|sinon|(node:)?assert(\/strict)?|node:test)$/;
const TEST_FILE = /(^|\/)[^/]+\.(test|spec)\.[^/]+$/;
const CODE_FILE = /\.(c|m)?js(\.map)?$|\.d\.(c|m)?ts(\.map)?$/;

/** `dist/a` for `dist/a.js`, `dist/a.d.ts` and their source maps. */
const moduleOf = (file: string) => file.replace(/(\.d)?\.(c|m)?(js|ts)(\.map)?$/, '');

/**
 * A package whose whole purpose is test support (`@mgmt-review/testing`, `…-testing`): its main
 * entry is test support, so it may load test runners there.
 */
export const isTestSupportPackage = (name: string): boolean => /(^|[-/])testing$/.test(name);

/** A package as the rules see it: its entries, and what its main entry and all entries load. */
interface Inspected {
  readonly pkg: PackedPackage;
  readonly entries: readonly EntryPoint[];
  /** The code the main entry and `bin` load. */
  readonly main: ModuleGraph;
  /** The code every entry loads, and the declarations a host's type checker may load. */
  readonly all: readonly ModuleGraph[];
}

const inspect = (pkg: PackedPackage): Inspected => {
  const entries = entryPoints(pkg.manifest);
  const starts = (chosen: readonly EntryPoint[], types: boolean) =>
    chosen.filter((e) => e.types === types).map((e) => e.file);
  const mainEntries = entries.filter((e) => e.entry === '.' || e.entry === 'bin');
  const code = moduleGraph(pkg, starts(entries, false), false);
  // The declarations of the typed entries, and of every module the code loads: these name the
  // modules of types alone, whose empty .js nothing imports.
  const declarationsOfCode = [...code.files].map((f) => `${moduleOf(f)}.d.ts`).filter((f) => pkg.files.includes(f));
  const declarations = moduleGraph(pkg, [...starts(entries, true), ...declarationsOfCode], true);
  return { pkg, entries, main: moduleGraph(pkg, starts(mainEntries, false), false), all: [code, declarations] };
};

type Finding = readonly [PublishingRule, string];

const testFiles = ({ pkg }: Inspected): Finding[] =>
  pkg.files
    .filter((file) => TEST_FILE.test(file))
    .map((file) => ['no-test-files', `${file} is a test file; "files" in package.json must leave it out`]);

const otherSubpaths = ({ pkg }: Inspected): Finding[] =>
  exportedSubpaths(pkg.manifest)
    .filter((subpath) => !ALLOWED_SUBPATHS.includes(subpath))
    .map((subpath) => [
      'test-support-only-behind-testing',
      `"exports" has "${subpath}": a package exports its main entry and, for test support, "./testing" (or test support is a package of its own)`,
    ]);

const testSupportInMain = ({ pkg, main }: Inspected): Finding[] => {
  if (isTestSupportPackage(pkg.manifest.name)) return [];
  const rule = 'no-test-support-in-main-entry';
  return [
    ...[...main.files]
      .filter((file) => file.startsWith('dist/testing/'))
      .map(
        (file): Finding => [rule, `the main entry loads ${file}: test support is reachable only through "./testing"`],
      ),
    ...main.bare
      .filter((b) => TEST_MODULE.test(b.specifier) || TEST_MODULE.test(b.packageName))
      .map(
        (b): Finding => [
          rule,
          `the main entry loads ${b.file}, which imports ${b.specifier}: test support is reachable only through "./testing"`,
        ],
      ),
  ];
};

const unloadedFiles = ({ pkg, entries, all }: Inspected): Finding[] => {
  // A module is loaded when its code or its declarations are.
  const loaded = new Set(all.flatMap((g) => [...g.files].map(moduleOf)));
  const names = [...new Set(entries.map((e) => e.entry))].join(', ');
  const unloaded = pkg.files.filter((f) => CODE_FILE.test(f) && !TEST_FILE.test(f) && !loaded.has(moduleOf(f)));
  return [...new Set(unloaded.map(moduleOf))].map((module) => [
    'every-packed-file-is-loaded',
    `${module}.* is packed, but no entry (${names}) loads it: a file only the repo's tests use belongs out of "files", and test support behind "./testing"`,
  ]);
};

const missingFiles = ({ all }: Inspected): Finding[] =>
  all
    .flatMap((g) => g.missing)
    .map(({ file, specifier }) => [
      'every-import-is-packed',
      `${file} imports ${specifier}, which is not in the tarball`,
    ]);

const undeclaredImports = ({ pkg, all }: Inspected): Finding[] => {
  const {
    name,
    dependencies = {},
    peerDependencies = {},
    optionalDependencies = {},
    devDependencies = {},
  } = pkg.manifest;
  const declared = new Set([
    ...Object.keys(dependencies),
    ...Object.keys(peerDependencies),
    ...Object.keys(optionalDependencies),
  ]);
  return all
    .flatMap((g) => g.bare)
    .filter((b) => !isBuiltin(b.specifier) && b.packageName !== name && !declared.has(b.packageName))
    .map((b) => [
      'runtime-imports-are-dependencies',
      `${b.file} imports ${b.specifier}, which is ${
        b.packageName in devDependencies ? 'only in "devDependencies"' : 'not declared'
      }: what a published file imports belongs in "dependencies" or "peerDependencies"`,
    ]);
};

const unusedDependencies = ({ pkg, all }: Inspected): Finding[] => {
  const imported = new Set(all.flatMap((g) => g.bare.map((b) => b.packageName)));
  return Object.keys(pkg.manifest.dependencies ?? {})
    .filter((dependency) => !imported.has(dependency))
    .map((dependency) => [
      'dependencies-are-imported',
      `"dependencies" lists ${dependency}, which no published file imports: what only tests need belongs in "devDependencies"`,
    ]);
};

const rules = [
  testFiles,
  otherSubpaths,
  testSupportInMain,
  unloadedFiles,
  missingFiles,
  undeclaredImports,
  unusedDependencies,
];

/** Everything wrong with one package as npm would publish it; empty when it is fit to publish. */
export const publishingProblems = (pkg: PackedPackage): PublishingProblem[] => {
  const inspected = inspect(pkg);
  const findings = rules.flatMap((rule) => rule(inspected));
  const distinct = findings.filter(([r, m], i) => findings.findIndex(([s, n]) => s === r && n === m) === i);
  return distinct.map(([rule, message]) => ({ _tag: 'PublishingProblem', package: pkg.manifest.name, rule, message }));
};
