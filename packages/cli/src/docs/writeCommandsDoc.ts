import { writeFileSync } from 'node:fs';
import { commandsDoc } from './commandsDoc.js';

/** Writes docs/commands.md from the codecs (run from the repository root: `npm run docs:commands`). */
const target = new URL('../../../../docs/commands.md', import.meta.url);
writeFileSync(target, commandsDoc());
process.stdout.write(`wrote ${target.pathname}\n`);
