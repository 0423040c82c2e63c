import {
  actionSamples,
  auditSamples,
  climateSamples,
  consultationSamples,
  contextIssueSamples,
  improvementSamples,
  indicatorSamples,
  interestedPartySamples,
  nonConformitySamples,
  objectiveSamples,
  reviewSamples,
  riskSamples,
} from '@mgmt-review/core/testing';
import type { BaseInput } from './nearValidCommands.js';

const sampleSets = (): unknown[] => [
  reviewSamples(),
  actionSamples(),
  nonConformitySamples(),
  riskSamples(),
  objectiveSamples(),
  indicatorSamples(),
  auditSamples(),
  contextIssueSamples(),
  climateSamples(),
  interestedPartySamples(),
  consultationSamples(),
  improvementSamples(),
];

type SampleCommand = { readonly type: string; readonly actor: BaseInput['actor']; readonly data: unknown };

const isSampleCommand = (value: unknown): value is SampleCommand =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'string' &&
  typeof (value as { data?: unknown }).data === 'object';

/**
 * The first sample of each command type in `@mgmt-review/core/testing`, as a facade input with
 * its actor. Samples given as functions (they take the values a test varies) are not called.
 */
export const sampleInputs = (): ReadonlyMap<string, BaseInput> => {
  const found = new Map<string, BaseInput>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    if (isSampleCommand(value)) {
      if (!found.has(value.type)) found.set(value.type, { input: value.data, actor: value.actor });
      return;
    }
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  for (const set of sampleSets()) visit(set, 0);
  return found;
};
