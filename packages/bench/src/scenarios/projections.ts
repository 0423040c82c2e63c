import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getInMemoryEventStore } from '@event-driven-io/emmett';
import { type AuditorState, answerAll, auditorProjection } from '@mgmt-review/auditor';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { createInMemoryDemoHistory } from '@mgmt-review/demo';
import {
  type Clock,
  createInMemoryEventStore,
  decodeOrThrow,
  type EventRegistry,
  type EventStore,
  type NewEvent,
  type Projection,
  type RecordedEvent,
  replay,
  type StoredEvent,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { computeKpis, type KpiState, kpiProjection } from '@mgmt-review/kpis';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import { followUps, type ViewsState, viewsProjection } from '@mgmt-review/views';
import { fastest, latencies, replayMeasurements, scaled } from '../measure.js';
import type { Scenario } from '../scenario.js';
import { emptyRecordsSummary, foldRecordEvent, type RecordsSummary } from '../workload/recordsSummary.js';

/**
 * Projection benchmarks: the views, KPI and auditor folds over a multi-tenant history of about
 * 1M events, replayed from JSON, answered "as of" from a SQLite store, and folded through
 * Emmett's in-memory event store for comparison.
 *
 * The workload: the two-year demo history (written once through the domain's commands, 935
 * events) is the template of every tenant; each tenant's copy is re-stamped with its own tenant,
 * event and stream ids. Histories are produced tenant by tenant as JSON strings and folded as they
 * come: the whole history is never held in memory, and each tenant's state is dropped once folded
 * (as a rebuild that writes each tenant's read model out and moves on).
 */

const EVENTS = 1_000_000;
const PEER_TENANTS = 100;
const AS_OF_SAMPLES = 200;
const MARK = 'TNT#';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
interface AllState {
  readonly views: ViewsState;
  readonly kpis: KpiState;
  readonly auditor: AuditorState;
}
/** The three packages' folds in one pass, each updating its own state in place. */
const allProjections: Projection<AllState, ManagementReviewEvent> = {
  name: 'bench.projections',
  version: 1,
  initial: () => ({
    views: viewsProjection.initial(),
    kpis: kpiProjection.initial(),
    auditor: auditorProjection.initial(),
  }),
  apply: (state, event) => {
    viewsProjection.apply(state.views, event);
    kpiProjection.apply(state.kpis, event);
    auditorProjection.apply(state.auditor, event);
    return state;
  },
};

/** One command's events in the template: they are appended together, as the command appended them. */
interface TemplateGroup {
  readonly streamId: string;
  readonly recordedAt: string;
  readonly events: readonly StoredEvent[];
}

interface Template {
  /** Each event's JSON split around the tenant mark: `parts.join(tenantCode)` is the tenant's copy. */
  readonly parts: readonly (readonly string[])[];
  readonly groups: readonly TemplateGroup[];
  readonly streams: readonly string[];
  readonly recordedAts: readonly string[];
}

/** Tenant `i`'s code, stamped into tenant, stream and event ids. */
const tenantCode = (i: number) => `t${i.toString().padStart(5, '0')}`;

/** The marked copy of a template event: tenant, stream and event ids carry the mark. */
const marked = (event: StoredEvent): StoredEvent => {
  const dash = event.streamId.indexOf('-');
  return {
    ...event,
    tenantId: MARK,
    eventId: `${MARK}-${event.eventId}`,
    streamId: `${event.streamId.slice(0, dash)}-${MARK}.${event.streamId.slice(dash + 1)}`,
  };
};

let template: Promise<Template> | undefined;
const demoTemplate = (): Promise<Template> => {
  template ??= (async () => {
    const { tenant } = await createInMemoryDemoHistory();
    const events: StoredEvent[] = [];
    for await (const batch of tenant.readAll()) for (const event of batch) events.push(marked(event));
    const groups: TemplateGroup[] = [];
    for (const event of events) {
      const last = groups.at(-1);
      if (
        last !== undefined &&
        last.streamId === event.streamId &&
        last.events[0]!.metadata.commandId === event.metadata.commandId
      ) {
        (last.events as StoredEvent[]).push(event);
      } else groups.push({ streamId: event.streamId, recordedAt: event.metadata.recordedAt, events: [event] });
    }
    return {
      parts: events.map((e) => JSON.stringify({ ...e, globalPosition: Number(e.globalPosition) }).split(MARK)),
      groups,
      streams: [...new Set(events.map((e) => e.streamId))],
      recordedAts: events.map((e) => e.metadata.recordedAt),
    };
  })();
  return template;
};

const tenantsFor = (scale: number, t: Template) => Math.max(1, Math.ceil(scaled(EVENTS, scale, 1000) / t.parts.length));

/** Calls `fold` with each stored event of each tenant as a JSON string, produced as it is consumed. */
const eachTenantJson = (
  t: Template,
  tenants: number,
  fold: (json: string, tenant: number) => void,
  done: (tenant: number) => void,
) => {
  for (let i = 0; i < tenants; i++) {
    const code = tenantCode(i);
    for (const parts of t.parts) fold(parts.join(code), i);
    done(i);
  }
};

// ------------------------------------------------------------------------------------- baseline

interface PlainSummary {
  meetings: number;
  decisions: number;
  actionsRaised: number;
  actionsClosed: number;
  slips: number;
  nonConformities: number;
  majors: number;
  residualScore: number;
  /** The records a review rests on (objectives, indicators, audits…), as the demo carries them. */
  records: RecordsSummary;
}

/** The baseline: a hand-written reader — JSON.parse, a switch on the type, a few fields read, no validation. */
const plainFold = (s: PlainSummary, json: string): void => {
  const event = JSON.parse(json) as { type: string; data: Record<string, unknown> };
  switch (event.type) {
    case 'MeetingOpened':
      s.meetings += 1;
      break;
    case 'DecisionRecorded':
      s.decisions += 1;
      break;
    case 'ActionRaised':
      s.actionsRaised += 1;
      break;
    case 'ActionClosed':
      s.actionsClosed += 1;
      break;
    case 'ActionDueDateChanged':
      if ((event.data.dueDate as string) > (event.data.previousDueDate as string)) s.slips += 1;
      break;
    case 'NonConformityRaised':
      s.nonConformities += 1;
      if (event.data.severity === 'major') s.majors += 1;
      break;
    case 'ResidualRiskAssessed':
      s.residualScore += event.data.score as number;
      break;
    default:
      foldRecordEvent(s.records, event.type, event.data);
  }
};

// ------------------------------------------------------------------------------------- helpers

const MiB = 1024 * 1024;

const maybeGc = () => (globalThis as { gc?: () => void }).gc?.();

/** A clock the loader sets to each template group's recorded time, so "as of" times follow the story. */
const settableClock = (): Clock & { set(at: string): void } => {
  let current = '2024-01-01T00:00:00.000Z';
  return { now: () => current, set: (at) => (current = at) };
};

/** How many events a tenant has. */
const eventsOf = async (tenant: TenantEventStore): Promise<number> => {
  let n = 0;
  for await (const batch of tenant.readAll()) n += batch.length;
  return n;
};

/** The tenant's copy of a template group, as the events a writer appends. */
const stampedGroup = (group: TemplateGroup, code: string): { streamId: string; events: NewEvent[] } => ({
  streamId: group.streamId.replace(MARK, code),
  events: group.events.map((e) => ({
    type: e.type,
    data: e.data,
    eventId: e.eventId.replace(MARK, code),
    metadata: {
      actor: e.metadata.actor,
      occurredAt: e.metadata.occurredAt,
      commandId: `${code}-${e.metadata.commandId}`,
      correlationId: `${code}-${e.metadata.correlationId}`,
      causationId: `${code}-${e.metadata.causationId}`,
    },
  })),
});

/** Appends every tenant's history, group by group across tenants (tenants interleave, time moves forward). */
const loadTenants = async (
  store: EventStore,
  clock: ReturnType<typeof settableClock>,
  t: Template,
  tenants: number,
  log: (m: string) => void,
) => {
  const handles = Array.from({ length: tenants }, (_, i) => store.forTenant(tenantCode(i)));
  for (let g = 0; g < t.groups.length; g++) {
    const group = t.groups[g]!;
    clock.set(group.recordedAt);
    for (let i = 0; i < tenants; i++) {
      const { streamId, events } = stampedGroup(group, tenantCode(i));
      const appended = await handles[i]!.append(streamId, events);
      if (appended._tag === 'Left') throw new Error(appended.left.message);
    }
    if (g % 100 === 99)
      log(`loaded ${(((g + 1) * tenants * t.parts.length) / t.groups.length / 1000).toFixed(0)}k events`);
  }
};

// ------------------------------------------------------------------------------------- scenarios

export const scenarios: Scenario[] = [
  {
    name: 'projections-json-fold',
    description: 'baseline: JSON.parse + a hand-written switch over ~1M domain events of 1,070 tenants, streamed',
    run: async ({ scale, log }) => {
      const t = await demoTemplate();
      const tenants = tenantsFor(scale, t);
      const count = tenants * t.parts.length;
      log(`history: ${tenants} tenants × ${t.parts.length} events = ${count.toLocaleString('en-US')} events`);
      const timing = await fastest(
        () => {
          let s: PlainSummary | undefined;
          eachTenantJson(
            t,
            tenants,
            (json) => {
              s ??= {
                meetings: 0,
                decisions: 0,
                actionsRaised: 0,
                actionsClosed: 0,
                slips: 0,
                nonConformities: 0,
                majors: 0,
                residualScore: 0,
                records: emptyRecordsSummary(),
              };
              plainFold(s, json);
            },
            () => {
              s = undefined;
            },
          );
        },
        { warmups: 1, repeats: 3 },
      );
      return replayMeasurements(timing, count);
    },
  },
  {
    name: 'projections-kernel-replay',
    description:
      "the same events decoded by the domain registry (io-ts codecs) and only counted: the kernel's share of a replay",
    baseline: 'projections-json-fold',
    run: async ({ scale }) => {
      const t = await demoTemplate();
      const tenants = tenantsFor(scale, t);
      const count = tenants * t.parts.length;
      let decoded = 0;
      const timing = await fastest(
        () => {
          decoded = 0;
          eachTenantJson(
            t,
            tenants,
            (json) => {
              if (decodeOrThrow(registry, JSON.parse(json) as StoredEvent).streamVersion > 0) decoded += 1;
            },
            () => {},
          );
        },
        { warmups: 1, repeats: 3 },
      );
      if (decoded !== count) throw new Error(`decoded ${decoded} events, expected ${count}`);
      return replayMeasurements(timing, count);
    },
  },
  {
    name: 'projections-replay',
    description: 'the same events decoded by the domain registry and folded by the views, KPI and auditor projections',
    baseline: 'projections-json-fold',
    targets: [
      { metric: 'time', ratioAtMost: 2.5 },
      { metric: 'peak heap growth', valueAtMost: 256 },
    ],
    run: async ({ scale, log }) => {
      const t = await demoTemplate();
      const tenants = tenantsFor(scale, t);
      const count = tenants * t.parts.length;
      maybeGc();
      const heapAtStart = process.memoryUsage().heapUsed;
      let peakHeap = heapAtStart;
      let peakRss = process.memoryUsage.rss();
      let folded = 0;
      const timing = await fastest(
        () => {
          folded = 0;
          let state: AllState | undefined;
          eachTenantJson(
            t,
            tenants,
            (json) => {
              state ??= allProjections.initial();
              allProjections.apply(state, decodeOrThrow(registry, JSON.parse(json) as StoredEvent));
            },
            () => {
              folded += state?.views.eventCount ?? 0;
              state = undefined;
              const memory = process.memoryUsage();
              if (memory.heapUsed > peakHeap) peakHeap = memory.heapUsed;
              if (memory.rss > peakRss) peakRss = memory.rss;
            },
          );
        },
        { warmups: 1, repeats: 3 },
      );
      if (folded !== count) throw new Error(`folded ${folded} events, expected ${count}`);
      log(
        `peak heap ${(peakHeap / MiB).toFixed(0)} MiB (start ${(heapAtStart / MiB).toFixed(0)} MiB), peak rss ${(peakRss / MiB).toFixed(0)} MiB`,
      );
      return [
        ...replayMeasurements(timing, count),
        { metric: 'peak heap growth', value: (peakHeap - heapAtStart) / MiB, unit: 'MiB' },
        { metric: 'peak rss', value: peakRss / MiB, unit: 'MiB' },
      ];
    },
  },
  {
    name: 'projections-as-of-sqlite',
    description:
      'as-of answers (views follow-ups, quarterly KPIs, the ten auditor answers) for one tenant in a ~1M-event SQLite store',
    targets: [{ metric: 'p95', valueAtMost: 20 }],
    run: async ({ scale, log }) => {
      const t = await demoTemplate();
      const tenants = tenantsFor(scale, t);
      const count = tenants * t.parts.length;
      const folder = fileURLToPath(new URL('../../../../.bench/', import.meta.url));
      mkdirSync(folder, { recursive: true });
      const path = `${folder}projections-${count}.sqlite`;
      const clock = settableClock();
      const open = () => createSqliteEventStore({ path, registry: domainRegistry, clock, synchronous: 'normal' });
      let store = open();
      // Tenants are loaded group by group, so the last tenant is complete only once the whole load is.
      if (existsSync(path) && (await eventsOf(store.forTenant(tenantCode(tenants - 1)))) !== t.parts.length) {
        await store.close();
        rmSync(path, { force: true });
        store = open();
      }
      if ((await store.forTenant(tenantCode(0)).headPosition()) === 0n) {
        log(`loading ${count.toLocaleString('en-US')} events into ${path} (kept for later runs)`);
        const started = process.hrtime.bigint();
        await loadTenants(store, clock, t, tenants, log);
        log(`loaded in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
      }
      const sample = (n: number) => {
        const i = (n * 7919) % tenants;
        const at = t.recordedAts[(n * 104_729) % t.recordedAts.length]!;
        return { tenant: store.forTenant(tenantCode(i)), at };
      };
      const answer = async (n: number) => {
        const { tenant, at } = sample(n);
        const state = await replay(tenant, registry, allProjections, { asOf: { recordedAt: at } });
        const day = at.slice(0, 10);
        const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
        followUps(state.views, { now: at, horizon: 30 });
        computeKpis(state.kpis, { from: yearBefore, to: day, period: 'quarter', now: day });
        answerAll(state.auditor, at);
        return state.views.eventCount;
      };
      const { measurements, total: events } = await latencies(AS_OF_SAMPLES, answer);
      await store.close();
      log(
        `${AS_OF_SAMPLES} answers, ${Math.round(events / AS_OF_SAMPLES)} events folded on average of ${t.parts.length} per tenant`,
      );
      return [...measurements, { metric: 'store events', value: count, unit: 'events' }];
    },
  },
  {
    name: 'projections-in-memory-store',
    description: 'the three projections replayed from the kernel in-memory store (read, decode, fold), 100 tenants',
    run: async ({ scale, log }) => {
      const { store, tenants, count } = await peerWorkload(scale, log);
      const timing = await fastest(
        async () => {
          for (let i = 0; i < tenants; i++) {
            const state = await replay(store.ours.forTenant(tenantCode(i)), registry, allProjections);
            if (state.views.eventCount !== count / tenants) throw new Error('incomplete replay');
          }
        },
        { warmups: 1, repeats: 3 },
      );
      return replayMeasurements(timing, count);
    },
  },
  {
    name: 'projections-emmett-peer',
    description: "peer: the same fold through Emmett's in-memory event store (aggregateStream per stream), 100 tenants",
    baseline: 'projections-in-memory-store',
    run: async ({ scale, log }) => {
      const { store, streams, tenants, count } = await peerWorkload(scale, log);
      let folded = 0;
      const timing = await fastest(
        async () => {
          folded = 0;
          for (let i = 0; i < tenants; i++) {
            const code = tenantCode(i);
            const state = allProjections.initial();
            for (const stream of streams) {
              await store.emmett.aggregateStream(stream.replace(MARK, code), {
                evolve: (s: AllState, e: EmmettEvent) => allProjections.apply(s, recordedOf(e)),
                initialState: () => state,
              });
            }
            folded += state.views.eventCount;
          }
        },
        { warmups: 1, repeats: 3 },
      );
      if (folded !== count) throw new Error(`folded ${folded} events, expected ${count}`);
      return replayMeasurements(timing, count);
    },
  },
];

// ------------------------------------------------------------------------------------- peer workload

type EmmettEvent = {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: { readonly envelope: Omit<StoredEvent, 'type' | 'data'> };
};

/** The event a projection folds, from what Emmett hands back: the envelope was kept in its metadata. */
const recordedOf = (e: EmmettEvent): RecordedEvent<ManagementReviewEvent> =>
  ({ ...e.metadata.envelope, type: e.type, data: e.data }) as unknown as RecordedEvent<ManagementReviewEvent>;

let peer:
  | Promise<{
      store: { ours: EventStore; emmett: ReturnType<typeof getInMemoryEventStore> };
      streams: readonly string[];
      tenants: number;
      count: number;
    }>
  | undefined;

/** The same tenants in the kernel's in-memory store and in Emmett's, built once per run (not timed). */
const peerWorkload = (scale: number, log: (m: string) => void) => {
  peer ??= (async () => {
    const t = await demoTemplate();
    const tenants = Math.max(1, Math.round(PEER_TENANTS * Math.min(1, scale * 10)));
    const clock = settableClock();
    const ours = createInMemoryEventStore({ registry: domainRegistry, clock });
    await loadTenants(ours, clock, t, tenants, () => {});
    const emmett = getInMemoryEventStore();
    for (let i = 0; i < tenants; i++) {
      for await (const batch of ours.forTenant(tenantCode(i)).readAll()) {
        for (const stored of batch) {
          const { type, data, ...envelope } = decodeOrThrow(registry, stored);
          await emmett.appendToStream(stored.streamId, [
            { type, data: data as Record<string, unknown>, metadata: { envelope } },
          ]);
        }
      }
    }
    const count = tenants * t.parts.length;
    log(`peer workload: ${tenants} tenants × ${t.parts.length} events in both stores`);
    return { store: { ours, emmett }, streams: t.streams, tenants, count };
  })();
  return peer;
};

/** What the input-pack scenario shares with these: the loader, its clock and the tenant codes. */
export { loadTenants, settableClock, type Template, tenantCode };
