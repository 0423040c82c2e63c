import { join } from 'node:path';
import { sourceEntries } from '../entryPoints.js';
import { publishablePackages } from '../packedPackages.js';

/** One module of the API reference: what a host imports, and the source file it is written in. */
export interface ApiModule {
  /** `@mgmt-review/core`, `@mgmt-review/core/testing`. */
  readonly name: string;
  /** An absolute path. */
  readonly source: string;
  /** What the module is, in one paragraph: the package's description, or what its subpath holds. */
  readonly summary: string;
}

/** Every exported subpath of every publishable package, named as a host imports it. */
export const apiModules = (root: string): ApiModule[] =>
  publishablePackages(root).flatMap(({ folder, manifest }) =>
    sourceEntries(manifest).map(({ subpath, file }) => ({
      name: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`,
      source: join(folder, file),
      summary:
        subpath === '.'
          ? (manifest.description ?? manifest.name)
          : `The test support of ${manifest.name}, behind its "${subpath}" entry.`,
    })),
  );
