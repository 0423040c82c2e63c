import type { HarmonizedInputId, ReviewInput } from './catalogue.js';

/**
 * The review inputs of the harmonized structure that every ISO management-system standard shares
 * (ISO/IEC Directives, Part 1, Annex SL, clause 9.3), each fed by the same records here. A
 * standard's catalogue places them under its own ids and clauses, and adds its own inputs.
 */

/** Where an input sits in a catalogue: its id, its clause, and the input it details, if any. */
interface Placement {
  readonly id: string;
  readonly clause: string;
  readonly parentId?: string;
}

const placed = (
  at: Placement,
  title: string,
  fedBy: ReviewInput['fedBy'],
  harmonized?: HarmonizedInputId,
): ReviewInput => ({
  id: at.id,
  clause: at.clause,
  ...(at.parentId === undefined ? {} : { parentId: at.parentId }),
  title,
  ...(fedBy === undefined ? {} : { fedBy }),
  ...(harmonized === undefined ? {} : { harmonized }),
});

/** The status of actions from previous management reviews. */
export const previousActionsInput = (at: Placement): ReviewInput =>
  placed(at, 'Status of actions from previous management reviews', ['previousReviewActions'], 'previousActions');

/**
 * Changes in external and internal issues relevant to `system`. Amendment 1:2024 of each standard
 * adds to 4.1 whether climate change is a relevant issue, so the climate decisions feed it too.
 */
export const contextChangesInput = (at: Placement, title: string): ReviewInput =>
  placed(at, title, ['contextIssues', 'climateDecisions'], 'contextChanges');

/** Changes in the needs and expectations of interested parties. */
export const interestedPartiesInput = (at: Placement, title: string): ReviewInput =>
  placed(at, title, ['interestedPartyRequirements'], 'interestedParties');

/** The performance input that the trends below detail; covered by its details. */
export const performanceInput = (at: Placement, title: string): ReviewInput => placed(at, title, undefined);

/** Nonconformities and corrective actions. */
export const nonConformitiesInput = (at: Placement): ReviewInput =>
  placed(at, 'Nonconformities and corrective actions', ['nonConformities'], 'nonConformities');

/** Monitoring and measurement results. */
export const measurementInput = (at: Placement, title = 'Monitoring and measurement results'): ReviewInput =>
  placed(at, title, ['indicators'], 'measurement');

/** Audit results. */
export const auditResultsInput = (at: Placement): ReviewInput =>
  placed(at, 'Audit results', ['audits'], 'auditResults');

/** The fulfilment of the objectives. */
export const objectivesInput = (at: Placement, title: string): ReviewInput => placed(at, title, ['objectives']);

/** Feedback and communications from interested parties. */
export const feedbackInput = (at: Placement, title: string): ReviewInput => placed(at, title, ['consultations']);

/** Risks and opportunities, risk assessment and treatment. */
export const risksInput = (at: Placement, title: string): ReviewInput => placed(at, title, ['risks']);

/** Opportunities for continual improvement. */
export const improvementInput = (at: Placement, title = 'Opportunities for continual improvement'): ReviewInput =>
  placed(at, title, ['improvements'], 'improvement');

/** An input no record here feeds: presented by hand. */
export const byHandInput = (at: Placement, title: string): ReviewInput => placed(at, title, []);
