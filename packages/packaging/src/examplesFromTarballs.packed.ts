import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packTarballs, publishablePackages, workspacePackages } from './packedPackages.js';
import { installExample, linksLeaving, sourceFoldersInstalled } from './tarballInstall.js';

/**
 * The examples as a host runs them after `npm install` from the registry: every publishable package
 * is packed with `npm pack`, each example is installed from those tarballs into a fresh directory
 * outside the repo, compiled against the published declarations, and run with plain `node`. A
 * file left out of `files`, a missing `exports` target or an undeclared dependency fails here.
 * Slow (npm pack and install): `npm run test:packed`, not `npm test`.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const workspaces = workspacePackages(root);
const publishable = publishablePackages(root).map((w) => w.manifest.name);
const run = promisify(execFile);

const work = mkdtempSync(join(tmpdir(), 'mgmt-review-packed-'));
let tarballs = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(join(work, 'tarballs'));
  tarballs = await packTarballs(root, join(work, 'tarballs'), publishable);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Installs one example of the repo into its own fresh directory under the work folder. */
const installed = async (example: string) => {
  const dir = join(work, example);
  mkdirSync(dir);
  const plan = await installExample({
    root,
    exampleFolder: join(root, 'examples', example),
    workspaces,
    tarballs,
    dir,
  });
  return { dir, plan };
};

/** Where Node resolves each package from `dir`, as the example's own imports do. */
const resolvedFrom = async (dir: string, names: readonly string[]) => {
  const script = `for (const name of ${JSON.stringify(names)}) console.log(import.meta.resolve(name));`;
  const { stdout } = await run('node', ['--input-type=module', '-e', script], { cwd: dir });
  return stdout.trim().split('\n');
};

it('packs every publishable package into a tarball', () => {
  expect(publishable.length).toBeGreaterThan(0);
  expect([...tarballs.keys()].sort()).toEqual([...publishable].sort());
});

describe('the quick start, installed from the tarballs', () => {
  let dir = '';
  let packages: string[] = [];
  beforeAll(async () => {
    const install = await installed('quickstart');
    dir = install.dir;
    packages = Object.keys(install.plan.manifest.dependencies ?? {}).filter((name) => name.startsWith('@mgmt-review/'));
  }, 300_000);

  it('answers what was decided at the last meeting, with the events it rests on, run by plain node', async () => {
    const { stdout } = await run('node', ['dist/main.js'], { cwd: dir });
    const [question, answer, ...evidence] = stdout.trim().split('\n');
    expect(question).toBe('What decisions were taken at the last meeting?');
    expect(answer).toMatch(
      /^yes: The meeting of 2026-03-31 \(.+\) took 1 decision on continual improvement, calling for 1 action/,
    );
    expect(evidence.map((line) => line.trim().split(' ')[2])).toEqual([
      'MeetingOpened',
      'DecisionRecorded',
      'ActionRaised',
    ]);
  });

  it('runs on the published files only: no link into the repo, no src/, every package resolved to its dist/', async () => {
    expect(packages).toEqual(
      expect.arrayContaining(['@mgmt-review/auditor', '@mgmt-review/core', '@mgmt-review/eventsourcing']),
    );
    expect(linksLeaving(dir)).toEqual([]);
    expect(sourceFoldersInstalled(dir, '@mgmt-review')).toEqual([]);
    const resolved = await resolvedFrom(dir, packages);
    expect(resolved).toEqual(
      packages.map((name) => `${pathToFileURL(join(dir, 'node_modules', name, 'dist', 'index.js'))}`),
    );
  });
});
