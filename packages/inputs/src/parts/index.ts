import type { PartComputers } from '../part.js';
import { auditsPart } from './audits.js';
import { climateDecisionsPart } from './climateDecisions.js';
import { consultationsPart } from './consultations.js';
import { contextIssuesPart } from './contextIssues.js';
import { improvementsPart } from './improvements.js';
import { indicatorsPart } from './indicators.js';
import { interestedPartyRequirementsPart } from './interestedPartyRequirements.js';
import { nonConformitiesPart } from './nonConformities.js';
import { objectivesPart } from './objectives.js';
import { previousReviewActionsPart } from './previousReviewActions.js';
import { risksPart } from './risks.js';

/** One part computer per kind of record (`recordSources`), each over the views' read model of it. */
export const partComputers: PartComputers = {
  previousReviewActions: previousReviewActionsPart,
  contextIssues: contextIssuesPart,
  climateDecisions: climateDecisionsPart,
  interestedPartyRequirements: interestedPartyRequirementsPart,
  nonConformities: nonConformitiesPart,
  indicators: indicatorsPart,
  audits: auditsPart,
  objectives: objectivesPart,
  consultations: consultationsPart,
  risks: risksPart,
  improvements: improvementsPart,
};
