import { quickstart } from './quickstart.js';

const answer = await quickstart();
console.log(`${answer.question}\n${answer.verdict}: ${answer.sentence}`);
for (const e of answer.evidence) console.log(`  ${e.streamId} v${e.streamVersion} ${e.type} by ${e.actor.id}`);
