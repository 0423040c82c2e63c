import { createManagementReview, domainRegistry, type TenantHandles } from '@mgmt-review/core';
import { createDemoClock, DEMO_TENANT, demoSteps } from '@mgmt-review/demo';
import {
  ANY_ITEM,
  createInMemoryEventStore,
  type EventStore,
  personalPathsOf,
  sequentialIds,
} from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { commandTable, workflowTable } from '../commandTable.js';

/** The text planted into the personal fields of the `n`-th command: unique, and no secret contains another. */
export const secretOf = (n: number): string => `ZZ-SECRET-${n}-ZZ`;

/** A copy of `value` with the secret appended to every text at the pattern's places. */
const plantAt = (value: unknown, segments: readonly string[], secret: string): unknown => {
  if (segments.length === 0) return typeof value === 'string' ? `${value} ${secret}` : value;
  if (typeof value !== 'object' || value === null) return value;
  const [segment = '', ...rest] = segments;
  if (Array.isArray(value)) return segment === ANY_ITEM ? value.map((item) => plantAt(item, rest, secret)) : value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of segment === ANY_ITEM ? Object.keys(copy) : [segment]) {
    if (Object.hasOwn(copy, key)) copy[key] = plantAt(copy[key], rest, secret);
  }
  return copy;
};

type AnyFunction = (input: unknown, ...rest: unknown[]) => unknown;

/**
 * The tenant's handles, where the chosen command functions first append a secret to every
 * personal field of their input (the fields their codec marks): `plant(path)` says whether the
 * next call of that path is chosen, and with which secret.
 */
const plantingHandles = (handles: TenantHandles, plant: (path: string) => string | undefined): TenantHandles => {
  const wrapped: Record<string, unknown> = { ...handles };
  for (const [group, functions] of Object.entries(handles)) {
    if (typeof functions !== 'object' || functions === null) continue;
    const out: Record<string, unknown> = { ...functions };
    for (const [name, fn] of Object.entries(functions as Record<string, AnyFunction>)) {
      const path = `${group}.${name}`;
      const codec = commandTable.get(path)?.codec ?? workflowTable.get(path)?.codec;
      if (codec === undefined) continue;
      const patterns = personalPathsOf(codec);
      out[name] = (input: unknown, ...rest: unknown[]) => {
        const secret = patterns.length === 0 ? undefined : plant(path);
        const planted =
          secret === undefined
            ? input
            : patterns.reduce((value, pattern) => plantAt(value, pattern.split('.'), secret), input);
        return fn(planted, ...rest);
      };
    }
    wrapped[group] = out;
  }
  return wrapped as TenantHandles;
};

/** The demo history with secrets planted, and which secrets went in. */
export interface PlantedDemo {
  readonly store: EventStore;
  readonly tenantId: string;
  /** The secrets the stored events hold, in the order their commands were sent (a command may drop an optional field's text). */
  readonly secrets: readonly string[];
}

/**
 * The demo organisation's history written into a fresh in-memory store, where each chosen command
 * (by its index in the story) that has personal fields gets `secretOf(index)` appended to every
 * one of them. The secrets then sit in the stored events, and wherever the domain copies that
 * text (an action's title into the facts of input a). Throws if the story cannot be written.
 */
export const writePlantedDemo = async (chosen: ReadonlySet<number>): Promise<PlantedDemo> => {
  const clock = createDemoClock();
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const facade = createManagementReview({ store, clock, ids: sequentialIds('planted') });
  const secrets: string[] = [];
  let index = -1;
  const handles = plantingHandles(facade.forTenant(DEMO_TENANT), () => {
    if (!chosen.has(index)) return undefined;
    const secret = secretOf(index);
    if (!secrets.includes(secret)) secrets.push(secret);
    return secret;
  });
  for (const [i, step] of demoSteps().entries()) {
    index = i;
    clock.advanceTo(step.at);
    const sent = await step.send(handles, { actor: step.actor, commandId: step.commandId })();
    if (isLeft(sent)) throw new Error(`step ${i} (${step.commandId}) was refused: ${sent.left.message}`);
  }
  let stored = '';
  for await (const batch of store.forTenant(DEMO_TENANT).readAll()) stored += JSON.stringify(batch.map((e) => e.data));
  return { store, tenantId: DEMO_TENANT, secrets: secrets.filter((secret) => stored.includes(secret)) };
};
