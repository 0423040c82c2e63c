import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The fields of a package.json the publishing rules read. */
export interface Manifest {
  readonly name: string;
  readonly description?: string;
  readonly private?: boolean;
  readonly exports?: unknown;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** One package as npm would publish it: its manifest, the paths in its tarball, and their text. */
export interface PackedPackage {
  readonly manifest: Manifest;
  /** Paths inside the tarball, relative to the package folder (`dist/index.js`). */
  readonly files: readonly string[];
  /** The text of a packed file. */
  readonly read: (path: string) => string;
}

interface PackResult {
  readonly name: string;
  readonly files: readonly { readonly path: string }[];
}

/**
 * The environment for an npm call, less the settings a surrounding `npm run` passes down that would
 * narrow or redirect it (to one workspace, to the repo's folder, to a dry run).
 */
export const npmEnvironment = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^npm_config_(workspace|workspaces|include_workspace_root|dry_run|json|prefix|local_prefix|global)$/i.test(
          key,
        ),
    ),
  );

/**
 * Every publishable (not private) workspace package as `npm pack --dry-run` lists it, in one npm
 * call. Reads the built `dist/`, so it tells the truth only after `tsc -b`.
 */
export const packWorkspaces = async (root: string): Promise<PackedPackage[]> => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--workspaces'], {
    cwd: root,
    env: npmEnvironment(),
    maxBuffer: 64 * 1024 * 1024,
  });
  const results = JSON.parse(stdout) as PackResult[];
  const workspaces = new Map(workspacePackages(root).map((w) => [w.manifest.name, w]));
  return results.flatMap((result) => {
    const workspace = workspaces.get(result.name);
    if (workspace === undefined) throw new Error(`npm packed ${result.name}, which is no workspace package here`);
    if (!isPublishable(workspace.manifest)) return [];
    return [
      {
        manifest: workspace.manifest,
        files: result.files.map((file) => file.path),
        read: (path: string) => readFileSync(join(workspace.folder, path), 'utf8'),
      },
    ];
  });
};

/** A workspace package: its folder and its manifest. */
export interface WorkspacePackage {
  readonly folder: string;
  readonly manifest: Manifest;
}

/** Published by npm: a package not marked `"private": true`. */
export const isPublishable = (manifest: Manifest): boolean => manifest.private !== true;

/** The workspace packages npm would publish. */
export const publishablePackages = (root: string): WorkspacePackage[] =>
  workspacePackages(root).filter((w) => isPublishable(w.manifest));

/**
 * Packs the named workspace packages into `destination` with `npm pack`, in one npm call, and
 * answers each package's tarball (an absolute path). Reads the built `dist/`, like the dry run.
 */
export const packTarballs = async (
  root: string,
  destination: string,
  names: readonly string[],
): Promise<Map<string, string>> => {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['pack', '--json', '--pack-destination', destination, ...names.flatMap((name) => ['-w', name])],
    { cwd: root, env: npmEnvironment(), maxBuffer: 64 * 1024 * 1024 },
  );
  const results = JSON.parse(stdout) as (PackResult & { readonly filename: string })[];
  return new Map(results.map((result) => [result.name, join(destination, result.filename)]));
};

/** The packages in the folders the root package.json lists as workspaces (`packages/*`). */
export const workspacePackages = (root: string): WorkspacePackage[] => {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((pattern) => {
    const parent = join(root, pattern.replace(/\/\*$/, ''));
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json')))
      .map((entry) => {
        const folder = join(parent, entry.name);
        return { folder, manifest: JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest };
      });
  });
};
