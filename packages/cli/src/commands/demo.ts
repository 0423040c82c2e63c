import { askAuditor } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import { createDemoClock, demoNow, demoSteps, writeSteps } from '@mgmt-review/demo';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import { SingleBar } from 'cli-progress';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';
import { formatAnswer } from './ask.js';
import { withFrozenInputPacks } from './demoInputPacks.js';
import { formatKpis, kpiReportOf } from './kpis.js';

/**
 * Writes the sample organisation's two-year history into the SQLite file through the domain's
 * commands (every rule obeyed; from its second year on, each review freezes its input pack before
 * the meeting and presents its inputs citing their parts), then asks it the auditor's questions and
 * shows the KPI trend.
 * Deterministic and idempotent: a second run appends nothing.
 */
export const runDemo = async (context: CliContext): Promise<number> => {
  const clock = createDemoClock();
  const store = createSqliteEventStore({ path: context.db, registry: domainRegistry, clock });
  const bar =
    context.io.interactive && !context.json
      ? new SingleBar({ format: 'demo history [{bar}] {value}/{total} commands' })
      : undefined;
  let written: Awaited<ReturnType<typeof writeSteps>>;
  try {
    const steps = withFrozenInputPacks(demoSteps(), store.forTenant(context.tenant));
    written = await writeSteps(store, steps, {
      tenantId: context.tenant,
      clock,
      onProgress: (done, total) => {
        if (done === 1) bar?.start(total, 0);
        bar?.update(done);
      },
    });
  } finally {
    bar?.stop();
    await store.close();
  }
  if (isLeft(written)) {
    context.io.err(`demo history refused at ${written.left.message}`);
    return ExitCode.checkFailed;
  }
  const { commands, eventsAppended, alreadyHandled } = written.right;
  const summary = { tenantId: context.tenant, commands, eventsAppended, alreadyHandled, now: demoNow };
  const asOf = { recordedAt: demoNow };
  const answers = await askAuditor(context.store().forTenant(context.tenant), 'all', {
    asOf,
    now: demoNow,
    registry: domainRegistry,
  });
  const kpis = await kpiReportOf(context, { period: 'quarter', asOf: demoNow, from: '2024-10-01', to: demoNow });
  if (context.json) {
    context.io.out(toJson({ summary, answers, kpis }, 2));
    return ExitCode.ok;
  }
  context.io.out(
    [
      `Wrote the history of "${summary.tenantId}" into ${context.db}: ${summary.commands} commands, ${summary.eventsAppended} events appended${summary.alreadyHandled > 0 ? `, ${summary.alreadyHandled} commands already there` : ''}.`,
      '',
      `What an auditor asks, answered from the history as of ${demoNow.slice(0, 10)}:`,
      '',
      answers.map((a) => formatAnswer(a, 2)).join('\n\n'),
      '',
      'Trends for review input d), by quarter:',
      '',
      formatKpis(kpis),
      '',
      'Try next:',
      `  npx mgmt-review --db ${context.db} ask next-meeting --as-of 2025-06-30   # what was known then`,
      `  npx mgmt-review --db ${context.db} last-decisions`,
      `  npx mgmt-review --db ${context.db} actions --overdue`,
      `  npx mgmt-review --db ${context.db} risks --above-appetite`,
      `  npx mgmt-review --db ${context.db} verify                                # the hash chain, end to end`,
    ].join('\n'),
  );
  return ExitCode.ok;
};
