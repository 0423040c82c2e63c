import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryPoints } from './entryPoints.js';
import { type PackedPackage, packWorkspaces, publishablePackages } from './packedPackages.js';
import { publishingProblems } from './publishingProblems.js';

/**
 * Over the packages as built: `npm test` runs `tsc -b` before vitest, and `npm pack` lists what is
 * in `dist/` at that moment.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const publishable = publishablePackages(root).map((w) => w.manifest.name);

describe('what npm would publish of each package', () => {
  const packed = new Map<string, PackedPackage>();
  beforeAll(async () => {
    for (const pkg of await packWorkspaces(root)) packed.set(pkg.manifest.name, pkg);
  }, 120_000);

  const packOf = (name: string) => {
    const pkg = packed.get(name);
    if (pkg === undefined) throw new Error(`npm pack did not list ${name}`);
    return pkg;
  };

  it('packs every publishable package, each with its built entries', () => {
    expect(publishable.length).toBeGreaterThan(0);
    expect([...packed.keys()].sort()).toEqual([...publishable].sort());
    const unbuilt = [...packed.values()].flatMap((pkg) =>
      entryPoints(pkg.manifest)
        .filter((entry) => !pkg.files.includes(entry.file))
        .map((entry) => `${pkg.manifest.name}: ${entry.file} (run tsc -b first)`),
    );
    expect(unbuilt).toEqual([]);
  });

  it.each(publishable)(
    '%s holds no test, test double or fixture, keeps test support behind ./testing, and imports at run time only what it depends on',
    (name) => {
      expect(publishingProblems(packOf(name)).map((p) => `${p.rule}: ${p.message}`)).toEqual([]);
    },
  );
});
