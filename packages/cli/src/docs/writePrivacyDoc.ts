import { writeFileSync } from 'node:fs';
import { privacyDoc } from './privacyDoc.js';

/** Writes docs/privacy.md from the codecs (run from the repository root: `npm run docs:privacy`). */
const target = new URL('../../../../docs/privacy.md', import.meta.url);
writeFileSync(target, privacyDoc());
process.stdout.write(`wrote ${target.pathname}\n`);
