#!/usr/bin/env node
import { extensions } from './extensions.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), processIo, extensions);
