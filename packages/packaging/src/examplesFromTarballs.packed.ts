import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { reviewSamples } from '@mgmt-review/core/testing';
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

/** The install runs on the published files only: nothing links into the repo, and no `src/` was installed. */
const expectPublishedFilesOnly = async (dir: string, packages: readonly string[]) => {
  expect(linksLeaving(dir)).toEqual([]);
  expect(sourceFoldersInstalled(dir, '@mgmt-review')).toEqual([]);
  const resolved = await resolvedFrom(dir, packages);
  expect(resolved).toEqual(
    packages.map((name) => `${pathToFileURL(join(dir, 'node_modules', name, 'dist', 'index.js'))}`),
  );
};

const packagesOf = (install: Awaited<ReturnType<typeof installed>>) =>
  Object.keys(install.plan.manifest.dependencies ?? {}).filter((name) => name.startsWith('@mgmt-review/'));

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
    packages = packagesOf(install);
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
    await expectPublishedFilesOnly(dir, packages);
  });

  it("does not run through the repo's source condition, which leads nowhere in a published package", async () => {
    await expect(run('node', ['--conditions=@mgmt-review/source', 'dist/main.js'], { cwd: dir })).rejects.toThrow(
      /ERR_MODULE_NOT_FOUND/,
    );
  });
});

/** The host service started with plain node from its install: the address it listens on, and the process. */
const startService = (dir: string) =>
  new Promise<{ address: string; service: ChildProcess }>((resolve, reject) => {
    const service = spawn('node', ['dist/main.js'], { cwd: dir, env: { ...process.env, PORT: '0' } });
    let output = '';
    service.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /on (http:\/\/[\d.]+:\d+)\//.exec(output)?.[1];
      if (address !== undefined) resolve({ address, service });
    });
    service.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    service.once('exit', (code) => reject(new Error(`the service exited (${code}) before it listened:\n${output}`)));
  });

/** Stops the service as a terminal would (SIGTERM) and answers its exit code. */
const stopped = (service: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (service.exitCode !== null) return resolve(service.exitCode);
    service.once('exit', (code) => resolve(code));
    service.kill('SIGTERM');
  });

/** A GET of what a command just wrote: a runner keeps the read model, so it may take a moment to show. */
const readBack = async (url: string, attempts = 50): Promise<Response> => {
  const response = await fetch(url);
  if (response.status !== 404 || attempts <= 1) return response;
  await new Promise((resolve) => setTimeout(resolve, 100));
  return readBack(url, attempts - 1);
};

describe('the HTTP host, installed from the tarballs', () => {
  let dir = '';
  let packages: string[] = [];
  let service: ChildProcess | undefined;
  beforeAll(async () => {
    const install = await installed('host-http');
    dir = install.dir;
    packages = packagesOf(install);
  }, 300_000);
  afterAll(async () => {
    if (service !== undefined) await stopped(service);
  });

  it('takes a command over HTTP, reads it back from its read model, and stops cleanly', async () => {
    const started = await startService(dir);
    service = started.service;
    const { actor, data } = reviewSamples('packed-q4').schedule;
    const posted = await fetch(`${started.address}/tenants/acme/reviews/schedule`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-actor-id': actor.id,
        'x-actor-role': actor.role,
        'idempotency-key': 'packed-install-schedule',
      },
      body: JSON.stringify(data),
    });
    expect(posted.status).toBe(201);
    const { events } = (await posted.json()) as { events: { type: string }[] };
    expect(events.map((e) => e.type)).toEqual(['ReviewScheduled']);
    const review = await readBack(`${started.address}/tenants/acme/reviews/packed-q4`);
    expect(review.status).toBe(200);
    expect(await review.json()).toMatchObject({ review: { reviewId: 'packed-q4', status: 'scheduled' }, actions: [] });
    const openapi = (await (await fetch(`${started.address}/openapi.json`)).json()) as { openapi: string };
    expect(openapi.openapi).toMatch(/^3\.1/);
    expect(await stopped(started.service)).toBe(0);
    service = undefined;
  });

  it('runs on the published files only: no link into the repo, no src/, every package resolved to its dist/', async () => {
    expect(packages).toEqual(expect.arrayContaining(['@mgmt-review/store-postgres', '@mgmt-review/report']));
    expect(packages).not.toContain('@mgmt-review/store-sqlite');
    await expectPublishedFilesOnly(dir, packages);
  });
});
