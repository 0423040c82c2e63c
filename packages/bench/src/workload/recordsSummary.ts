/**
 * What a replay of the records a review rests on computes (objectives, indicators, audits, the
 * context, interested parties, consultations, improvement opportunities): a count per event type
 * and a few fields read, updated in place (no spreads in the fold). One fold serves the hand-written
 * JSON reader and the kernel's decoded events alike: every record event is at schema version 1, so
 * a decoded payload has the fields the stored JSON has.
 */
export interface RecordsSummary {
  objectivesSet: number;
  measurableObjectives: number;
  objectivesRevised: number;
  progressEvaluations: number;
  offTrack: number;
  objectivesAchieved: number;
  objectivesMissed: number;
  objectivesWithdrawn: number;
  indicatorsDefined: number;
  measurements: number;
  measuredTotal: number;
  breaches: number;
  corrections: number;
  periodsAnalysed: number;
  indicatorsRetired: number;
  auditsPlanned: number;
  externalAudits: number;
  auditsStarted: number;
  findings: number;
  nonconformityFindings: number;
  auditsReported: number;
  auditsClosed: number;
  auditsCancelled: number;
  issuesRaised: number;
  externalIssues: number;
  issueChanges: number;
  issuesRetired: number;
  climateDecisions: number;
  climateRelevant: number;
  partiesRegistered: number;
  requirementsRecorded: number;
  climateRequirements: number;
  requirementsChanged: number;
  requirementsWithdrawn: number;
  consultationsPlanned: number;
  responses: number;
  feedback: number;
  complaints: number;
  takenIntoAccount: number;
  links: number;
  consultationsClosed: number;
  consultationsCancelled: number;
  opportunitiesLogged: number;
  opportunitiesEvaluated: number;
  opportunitiesAdopted: number;
  adoptedActions: number;
  opportunitiesDeferred: number;
  opportunitiesRejected: number;
  opportunitiesRealised: number;
  opportunitiesClosed: number;
}

/** A summary before any event: every count zero. */
export const emptyRecordsSummary = (): RecordsSummary => ({
  objectivesSet: 0,
  measurableObjectives: 0,
  objectivesRevised: 0,
  progressEvaluations: 0,
  offTrack: 0,
  objectivesAchieved: 0,
  objectivesMissed: 0,
  objectivesWithdrawn: 0,
  indicatorsDefined: 0,
  measurements: 0,
  measuredTotal: 0,
  breaches: 0,
  corrections: 0,
  periodsAnalysed: 0,
  indicatorsRetired: 0,
  auditsPlanned: 0,
  externalAudits: 0,
  auditsStarted: 0,
  findings: 0,
  nonconformityFindings: 0,
  auditsReported: 0,
  auditsClosed: 0,
  auditsCancelled: 0,
  issuesRaised: 0,
  externalIssues: 0,
  issueChanges: 0,
  issuesRetired: 0,
  climateDecisions: 0,
  climateRelevant: 0,
  partiesRegistered: 0,
  requirementsRecorded: 0,
  climateRequirements: 0,
  requirementsChanged: 0,
  requirementsWithdrawn: 0,
  consultationsPlanned: 0,
  responses: 0,
  feedback: 0,
  complaints: 0,
  takenIntoAccount: 0,
  links: 0,
  consultationsClosed: 0,
  consultationsCancelled: 0,
  opportunitiesLogged: 0,
  opportunitiesEvaluated: 0,
  opportunitiesAdopted: 0,
  adoptedActions: 0,
  opportunitiesDeferred: 0,
  opportunitiesRejected: 0,
  opportunitiesRealised: 0,
  opportunitiesClosed: 0,
});

/**
 * Folds one event of the records into the summary: a switch on its type, a field or two read
 * without validation. Returns whether the type is one of the records' (the caller folds the others).
 */
export const foldRecordEvent = (s: RecordsSummary, type: string, data: Readonly<Record<string, unknown>>): boolean => {
  switch (type) {
    case 'ObjectiveSet':
      s.objectivesSet += 1;
      if (data.target !== undefined) s.measurableObjectives += 1;
      return true;
    case 'ObjectiveRevised':
      s.objectivesRevised += 1;
      return true;
    case 'ObjectiveProgressEvaluated':
      s.progressEvaluations += 1;
      if (data.progress === 'offTrack') s.offTrack += 1;
      return true;
    case 'ObjectiveAchieved':
      s.objectivesAchieved += 1;
      return true;
    case 'ObjectiveMissed':
      s.objectivesMissed += 1;
      return true;
    case 'ObjectiveWithdrawn':
      s.objectivesWithdrawn += 1;
      return true;
    case 'IndicatorDefined':
      s.indicatorsDefined += 1;
      return true;
    case 'MeasurementRecorded':
      s.measurements += 1;
      s.measuredTotal += data.value as number;
      if (data.breach === true) s.breaches += 1;
      return true;
    case 'MeasurementCorrected':
      s.corrections += 1;
      s.measuredTotal += (data.value as number) - (data.previousValue as number);
      return true;
    case 'IndicatorPeriodAnalysed':
      s.periodsAnalysed += 1;
      return true;
    case 'IndicatorRetired':
      s.indicatorsRetired += 1;
      return true;
    case 'AuditPlanned':
      s.auditsPlanned += 1;
      if (data.kind === 'external') s.externalAudits += 1;
      return true;
    case 'AuditStarted':
      s.auditsStarted += 1;
      return true;
    case 'AuditFindingRecorded':
      s.findings += 1;
      if (data.kind === 'nonconformity') s.nonconformityFindings += 1;
      return true;
    case 'AuditReported':
      s.auditsReported += 1;
      return true;
    case 'AuditClosed':
      s.auditsClosed += 1;
      return true;
    case 'AuditCancelled':
      s.auditsCancelled += 1;
      return true;
    case 'ContextIssueRaised':
      s.issuesRaised += 1;
      if (data.kind === 'external') s.externalIssues += 1;
      return true;
    case 'ContextIssueChanged':
      s.issueChanges += 1;
      return true;
    case 'ContextIssueRetired':
      s.issuesRetired += 1;
      return true;
    case 'ClimateDecisionRecorded':
      s.climateDecisions += 1;
      if (data.relevant === true) s.climateRelevant += 1;
      return true;
    case 'InterestedPartyRegistered':
      s.partiesRegistered += 1;
      return true;
    case 'RequirementRecorded':
      s.requirementsRecorded += 1;
      if (data.climateRelated === true) s.climateRequirements += 1;
      return true;
    case 'RequirementChanged':
      s.requirementsChanged += 1;
      return true;
    case 'RequirementWithdrawn':
      s.requirementsWithdrawn += 1;
      return true;
    case 'ConsultationPlanned':
      s.consultationsPlanned += 1;
      return true;
    case 'ConsultationResultsRecorded':
      s.responses += data.responses as number;
      return true;
    case 'FeedbackRecorded':
      s.feedback += 1;
      if (data.kind === 'complaint') s.complaints += 1;
      return true;
    case 'FeedbackTakenIntoAccount':
      s.takenIntoAccount += 1;
      s.links += (data.links as readonly unknown[]).length;
      return true;
    case 'ConsultationClosed':
      s.consultationsClosed += 1;
      return true;
    case 'ConsultationCancelled':
      s.consultationsCancelled += 1;
      return true;
    case 'ImprovementOpportunityLogged':
      s.opportunitiesLogged += 1;
      return true;
    case 'ImprovementOpportunityEvaluated':
      s.opportunitiesEvaluated += 1;
      return true;
    case 'ImprovementOpportunityAdopted':
      s.opportunitiesAdopted += 1;
      s.adoptedActions += (data.actionIds as readonly unknown[]).length;
      return true;
    case 'ImprovementOpportunityDeferred':
      s.opportunitiesDeferred += 1;
      return true;
    case 'ImprovementOpportunityRejected':
      s.opportunitiesRejected += 1;
      return true;
    case 'ImprovementOpportunityRealised':
      s.opportunitiesRealised += 1;
      return true;
    case 'ImprovementOpportunityClosed':
      s.opportunitiesClosed += 1;
      return true;
    default:
      return false;
  }
};
