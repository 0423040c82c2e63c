import type { RecordSource } from '@mgmt-review/core';
import type { PartComputer } from '../part.js';
import { noTrend } from '../trend.js';

/** The records each source names, in words, for a part that cannot compute them yet. */
const recordsOf: { readonly [S in RecordSource]?: string } = {
  contextIssues: 'context issues',
  climateDecisions: 'climate-change decisions',
  interestedPartyRequirements: "interested parties' requirements",
  indicators: 'indicators and their measurements',
  audits: 'audits and their findings',
  objectives: 'objectives and their fulfilment',
  consultations: 'consultations and their feedback',
  improvements: 'the improvement log',
};

/** A part for a source this package has no read model of yet: it says so plainly, and rests on no event. */
export const noReadModelYetPart =
  (source: RecordSource): PartComputer =>
  (context) => ({
    figures: { readModel: null },
    trend: noTrend(context),
    summary: `No read model yet of ${recordsOf[source] ?? source}: presented by hand.`,
    events: [],
  });
