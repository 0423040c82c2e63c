import { domainRegistry } from '@mgmt-review/core';
import { createDemoClock, type DemoClock, storySteps, writeSteps } from '@mgmt-review/demo';
import { createInMemoryEventStore, type EventStore, sequentialIds } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { RandomStory } from './randomStory.js';

/** The tenant a story is written for. */
export const storyTenant = 'tenant-1';

/** A fresh in-memory store whose clock follows the story, and the story's steps up to `end`. */
export const storyStore = (story: RandomStory) => {
  const clock = createDemoClock(story.start);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  return { store, clock };
};

/** Writes the story's steps from `from` (index) up to `end`, leaving out what the rules refuse. */
export const writeStory = async (
  target: { readonly store: EventStore; readonly clock: DemoClock },
  story: RandomStory,
  options: { readonly end?: string; readonly from?: number; readonly to?: number } = {},
): Promise<void> => {
  const steps = storySteps(story.plans, options.end ?? story.end).slice(options.from ?? 0, options.to);
  const written = await writeSteps(target.store, steps, {
    tenantId: storyTenant,
    clock: target.clock,
    skipRefused: true,
  });
  if (isLeft(written)) throw new Error(written.left.message);
};
