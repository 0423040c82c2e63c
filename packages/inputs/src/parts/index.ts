import type { PartComputers } from '../part.js';
import { auditsPart } from './audits.js';
import { indicatorsPart } from './indicators.js';
import { nonConformitiesPart } from './nonConformities.js';
import { noReadModelYetPart } from './noReadModelYet.js';
import { objectivesPart } from './objectives.js';
import { previousReviewActionsPart } from './previousReviewActions.js';
import { risksPart } from './risks.js';

/** One part computer per kind of record (`recordSources`). */
export const partComputers: PartComputers = {
  previousReviewActions: previousReviewActionsPart,
  contextIssues: noReadModelYetPart('contextIssues'),
  climateDecisions: noReadModelYetPart('climateDecisions'),
  interestedPartyRequirements: noReadModelYetPart('interestedPartyRequirements'),
  nonConformities: nonConformitiesPart,
  indicators: indicatorsPart,
  audits: auditsPart,
  objectives: objectivesPart,
  consultations: noReadModelYetPart('consultations'),
  risks: risksPart,
  improvements: noReadModelYetPart('improvements'),
};
