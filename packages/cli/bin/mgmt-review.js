#!/usr/bin/env node
// The `mgmt-review` command. This file is committed, not built, so that npm links it when it
// installs (`npm ci` runs before any build); it runs the compiled command line, and when that has
// not been built yet it says how to build it instead of failing with a module error.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../dist/main.js', import.meta.url))) {
  await import('../dist/main.js');
} else {
  process.stderr.write(
    'mgmt-review is not built yet: run `npm run build` first (at the repository root), then try again.\n',
  );
  process.exitCode = 1;
}
