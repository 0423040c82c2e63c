import { auditorProjection } from '@mgmt-review/auditor';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { combineProjections, decodeOrThrow, type EventRegistry } from '@mgmt-review/eventsourcing';
import { kpiProjection } from '@mgmt-review/kpis';
import { viewsProjection } from '@mgmt-review/views';
import { SingleBar } from 'cli-progress';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exitCodes.js';
import { toJson } from '../io.js';

/** Every read model of the library as one fold: views, auditor facts, KPIs. */
export const allProjections = combineProjections('mgmt-review.all', {
  views: viewsProjection,
  auditor: auditorProjection,
  kpis: kpiProjection,
});

/**
 * Rebuilds every read model of the tenant from position 0, decoding each event with its codec and
 * upcasters, and reports how many events per second that reached. Draws a progress bar on a terminal.
 */
export const runReplay = async (context: CliContext): Promise<number> => {
  const store = context.store().forTenant(context.tenant);
  const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
  const head = await store.headPosition();
  const bar =
    context.io.interactive && !context.json
      ? new SingleBar({ format: 'replay [{bar}] {percentage}% | {value}/{total} positions | {eta_formatted} left' })
      : undefined;
  bar?.start(Number(head), 0);
  const started = process.hrtime.bigint();
  let state = allProjections.initial();
  let events = 0;
  for await (const batch of store.readAll({ batchSize: 5000 })) {
    for (const stored of batch) state = allProjections.apply(state, decodeOrThrow(registry, stored));
    events += batch.length;
    bar?.update(Number(batch.at(-1)?.globalPosition ?? 0n));
  }
  bar?.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const perSecond = seconds === 0 ? events : Math.round(events / seconds);
  const summary = {
    tenant: context.tenant,
    events,
    seconds: Number(seconds.toFixed(3)),
    eventsPerSecond: perSecond,
    projections: Object.keys(state),
  };
  context.io.out(
    context.json
      ? toJson(summary, 2)
      : `replayed ${events} events of tenant ${context.tenant} through ${summary.projections.join(', ')} in ${summary.seconds} s (${perSecond} events/s)`,
  );
  return ExitCode.ok;
};
