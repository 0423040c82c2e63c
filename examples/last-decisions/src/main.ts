import { lastDecisionsAsOf } from './lastDecisions.js';

// Usage: npm start -w examples/last-decisions -- [FILE] [YYYY-MM-DD] [TENANT]
const [file = '../../mgmt-review.db', day = '2025-06-30', tenant = 'acme'] = process.argv.slice(2);
const last = await lastDecisionsAsOf(file, tenant, day);
if (last === undefined) console.log(`No review had been held by ${day}.`);
else {
  console.log(`As of ${day}, the last review held was ${last.reviewId} on ${last.meetingDay}. It decided:`);
  for (const decision of last.decisions) {
    console.log(`- [${decision.kind}] ${decision.description}`);
    for (const a of decision.actions)
      console.log(`    ${a.actionId} ${a.title ?? ''}: ${a.status}${a.overdue ? ' (overdue)' : ''}`);
  }
}
