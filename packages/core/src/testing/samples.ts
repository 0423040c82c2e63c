import type { Actor } from '@mgmt-review/eventsourcing';
import type { ActionCommand, NonConformityCommand, ReviewCommand, RiskCommand } from '../index.js';
import { type FrozenInputPack, sealInputPack, type UnsealedPart } from '../review/inputPack.js';
import { people } from './people.js';

/**
 * Sample commands, one of each, in an order every decider accepts: the happy path of each
 * aggregate. Tests pick a prefix as the past and the next one as the command.
 */

type Of<C extends { type: string }, K extends C['type']> = Extract<C, { type: K }>;

const command = <C extends { type: string; actor: Actor; data: unknown }, K extends C['type']>(
  type: K,
  actor: Actor,
  data: Of<C, K>['data'],
): Of<C, K> => ({ type, actor, data }) as unknown as Of<C, K>;

/** `2026-03-31T08:00:00Z` plus `minutes`. */
export const minute = (minutes: number, day = '2026-03-31'): string =>
  new Date(Date.parse(`${day}T08:00:00Z`) + minutes * 60_000).toISOString();

const review = <K extends ReviewCommand['type']>(type: K, actor: Actor, data: Of<ReviewCommand, K>['data']) =>
  command<ReviewCommand, K>(type, actor, data);

/** The review inputs of ISO/IEC 27001:2022 9.3.2 a reviewer presents one by one. */
export const agenda27001 = ['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g'] as const;

/** A part of a sample input pack: a figure or two and the events it rests on. */
export const sampleInputPart = (inputId: string): UnsealedPart => ({
  inputId,
  sources: inputId === 'a' ? ['previousReviewActions'] : [],
  summary: `what input ${inputId} shows`,
  content: { figures: { open: 2, closed: 5 }, events: [`event-${inputId}`] },
});

/** A sealed input pack for the sample review: its catalogue, period and agenda, as of `position`. */
export const sampleInputPack = (
  position = '42',
  parts: readonly UnsealedPart[] = agenda27001.map(sampleInputPart),
): FrozenInputPack =>
  sealInputPack({
    catalogueIds: ['iso27001-2022'],
    periodCovered: { from: '2026-01-01', to: '2026-03-31' },
    position,
    asOf: minute(-60),
    parts,
  });

export const reviewSamples = (reviewId = 'r1') => ({
  schedule: review('ScheduleReview', people.ciso, {
    reviewId,
    plannedDate: '2026-03-31',
    cadence: 'quarterly',
    kind: 'regular',
    chair: people.ceo,
    periodCovered: { from: '2026-01-01', to: '2026-03-31' },
    catalogueId: 'iso27001-2022',
    at: minute(-60 * 24 * 30),
  }),
  reschedule: review('RescheduleReview', people.ciso, {
    reviewId,
    plannedDate: '2026-04-01',
    reason: 'the CEO travels',
    at: minute(-60 * 24 * 29),
  }),
  invite: review('InviteParticipant', people.ciso, {
    reviewId,
    participant: { id: people.itLead.id, role: 'processOwner' },
    at: minute(-60 * 24 * 28),
  }),
  requestReport: review('RequestPreparatoryReport', people.ciso, {
    reviewId,
    reportId: 'rep-1',
    requestedFrom: people.itLead.id,
    inputIds: ['d2'],
    dueDate: '2026-03-25',
    at: minute(-60 * 24 * 27),
  }),
  submitReport: review('SubmitPreparatoryReport', people.itLead, {
    reviewId,
    reportId: 'rep-1',
    summary: 'monitoring results Q1',
    references: ['siem-report-q1'],
    at: minute(-60 * 24 * 7),
  }),
  openMeeting: review('OpenMeeting', people.ciso, {
    reviewId,
    attendees: [
      { id: people.ceo.id, role: 'topManagement' },
      { id: people.ciso.id, role: 'ismsManager' },
    ],
    apologies: [people.itLead.id],
    at: minute(0),
  }),
  freeze: (pack: FrozenInputPack = sampleInputPack(), at = minute(-30)) =>
    review('FreezeInputPack', people.ciso, { reviewId, pack, at }),
  present: (inputId: string, at = minute(5)) =>
    review('PresentInput', people.ciso, {
      reviewId,
      inputId,
      summary: `input ${inputId} presented`,
      facts: [{ label: 'items', value: '3' }],
      references: [`record-${inputId}`],
      at,
    }),
  notCovered: (inputId: string, at = minute(5)) =>
    review('MarkInputNotCovered', people.ciso, {
      reviewId,
      inputId,
      justification: 'first review: nothing to report yet',
      at,
    }),
  decide: review('RecordDecision', people.ciso, {
    reviewId,
    decisionId: 'dec-1',
    kind: 'improvement',
    description: 'enforce MFA for administrators',
    rationale: 'two audit findings',
    actionIds: ['act-1'],
    at: minute(30),
  }),
  verdict: (aspect: 'suitability' | 'adequacy' | 'effectiveness') =>
    review('RecordVerdict', people.ciso, {
      reviewId,
      aspect,
      outcome: 'confirmed',
      comment: `${aspect}: confirmed`,
      at: minute(40),
    }),
  draftMinutes: review('DraftMinutes', people.ciso, { reviewId, documentRef: 'dms://minutes/r1', at: minute(60) }),
  approveMinutes: review('ApproveMinutes', people.ceo, { reviewId, at: minute(120) }),
  communicate: review('CommunicateResults', people.ciso, {
    reviewId,
    audiences: ['all staff', 'board'],
    channel: 'intranet',
    communicatedOn: '2026-04-02',
    at: minute(60 * 24 * 2),
  }),
  scheduleNext: review('ScheduleNextReview', people.ciso, {
    reviewId,
    plannedDate: '2026-06-30',
    nextReviewId: 'r2',
    at: minute(60 * 24 * 2 + 10),
  }),
  close: review('CloseReview', people.ciso, { reviewId, at: minute(60 * 24 * 3) }),
  cancel: review('CancelReview', people.ciso, {
    reviewId,
    reason: 'merged into the annual review',
    at: minute(60 * 24 * 3),
  }),
  noteCorrection: review('NoteCorrection', people.ciso, {
    reviewId,
    note: 'decision dec-1 owner corrected in the action',
    at: minute(60 * 24 * 4),
  }),
});

/** The review's commands up to an open meeting. */
export const reviewUpToMeeting = (reviewId = 'r1'): ReviewCommand[] => {
  const s = reviewSamples(reviewId);
  return [s.schedule, s.invite, s.requestReport, s.submitReport, s.openMeeting];
};

/** The review's commands up to drafted minutes, every input addressed and three verdicts recorded. */
export const reviewUpToDraftedMinutes = (reviewId = 'r1'): ReviewCommand[] => {
  const s = reviewSamples(reviewId);
  return [
    ...reviewUpToMeeting(reviewId),
    s.notCovered('a'),
    ...agenda27001.slice(1).map((inputId) => s.present(inputId)),
    s.decide,
    s.verdict('suitability'),
    s.verdict('adequacy'),
    s.verdict('effectiveness'),
    s.draftMinutes,
  ];
};

/** A review from schedule to close. */
export const reviewUpToClose = (reviewId = 'r1'): ReviewCommand[] => {
  const s = reviewSamples(reviewId);
  return [...reviewUpToDraftedMinutes(reviewId), s.approveMinutes, s.communicate, s.scheduleNext, s.close];
};

const action = <K extends ActionCommand['type']>(type: K, actor: Actor, data: Of<ActionCommand, K>['data']) =>
  command<ActionCommand, K>(type, actor, data);

export const actionSamples = (actionId = 'act-1') => ({
  raise: action('RaiseAction', people.ciso, {
    actionId,
    origin: 'reviewDecision',
    originId: 'r1',
    decisionId: 'dec-1',
    title: 'Enforce MFA for administrators',
    owner: people.itLead,
    dueDate: '2026-06-30',
    at: minute(60 * 24),
  }),
  start: action('StartAction', people.itLead, { actionId, at: minute(60 * 24 * 2) }),
  noteProgress: action('NoteActionProgress', people.itLead, {
    actionId,
    note: 'half of the admin accounts enrolled',
    percentComplete: 50,
    at: minute(60 * 24 * 10),
  }),
  changeDueDate: action('ChangeActionDueDate', people.itLead, {
    actionId,
    dueDate: '2026-07-31',
    reason: 'token delivery delayed',
    at: minute(60 * 24 * 20),
  }),
  complete: action('CompleteAction', people.itLead, {
    actionId,
    summary: 'all admin accounts use MFA',
    evidence: ['idp-report-2026-07'],
    at: minute(60 * 24 * 30),
  }),
  verify: action('VerifyAction', people.auditor, {
    actionId,
    comment: 'sampled 10 accounts',
    at: minute(60 * 24 * 31),
  }),
  reviewEffective: action('ReviewActionEffectiveness', people.ciso, {
    actionId,
    effective: true,
    comment: 'no admin login without MFA since',
    at: minute(60 * 24 * 60),
  }),
  reviewNotEffective: action('ReviewActionEffectiveness', people.ciso, {
    actionId,
    effective: false,
    comment: 'service accounts bypass MFA',
    at: minute(60 * 24 * 60),
  }),
  cancel: action('CancelAction', people.ciso, { actionId, reason: 'superseded by act-2', at: minute(60 * 24 * 60) }),
});

const nonConformity = <K extends NonConformityCommand['type']>(
  type: K,
  actor: Actor,
  data: Of<NonConformityCommand, K>['data'],
) => command<NonConformityCommand, K>(type, actor, data);

export const nonConformitySamples = (
  nonConformityId = 'nc-1',
  severity: 'major' | 'minor' | 'observation' = 'major',
) => ({
  raise: nonConformity('RaiseNonConformity', people.auditor, {
    nonConformityId,
    source: 'internalAudit',
    sourceReference: 'audit-2026-1',
    severity,
    requirement: 'A.5.15',
    description: 'leavers keep access for weeks',
    owner: people.hrLead,
    at: minute(0),
  }),
  correct: nonConformity('RecordCorrection', people.hrLead, {
    nonConformityId,
    description: 'accounts of 4 leavers disabled',
    at: minute(60),
  }),
  rootCause: nonConformity('RecordRootCause', people.hrLead, {
    nonConformityId,
    method: '5 whys',
    causes: ['HR exit checklist does not notify IT'],
    at: minute(120),
  }),
  similar: nonConformity('AssessSimilarNonConformities', people.hrLead, {
    nonConformityId,
    finding: 'couldOccur',
    references: [],
    comment: 'contractors follow the same exit process',
    at: minute(180),
  }),
  plan: nonConformity('PlanCorrectiveActions', people.hrLead, {
    nonConformityId,
    actions: [{ actionId: 'act-9', owner: people.itLead }],
    at: minute(240),
  }),
  noAction: nonConformity('DecideNoCorrectiveAction', people.ciso, {
    nonConformityId,
    justification: 'isolated case, process already changed',
    at: minute(240),
  }),
  implemented: nonConformity('MarkCorrectiveActionsImplemented', people.itLead, {
    nonConformityId,
    note: 'exit checklist triggers IT ticket',
    at: minute(60 * 24 * 20),
  }),
  verifyEffective: nonConformity('VerifyNonConformityEffectiveness', people.auditor, {
    nonConformityId,
    effective: true,
    evidence: ['leavers-report-2026-06'],
    comment: 'no leaver kept access since',
    at: minute(60 * 24 * 60),
  }),
  verifyNotEffective: nonConformity('VerifyNonConformityEffectiveness', people.auditor, {
    nonConformityId,
    effective: false,
    evidence: ['leavers-report-2026-06'],
    comment: 'contractors still keep access',
    at: minute(60 * 24 * 60),
  }),
  ismsChange: nonConformity('RecordIsmsChange', people.ciso, {
    nonConformityId,
    description: 'joiner-mover-leaver procedure updated',
    at: minute(60 * 24 * 61),
  }),
  close: nonConformity('CloseNonConformity', people.ciso, { nonConformityId, at: minute(60 * 24 * 62) }),
  reopen: nonConformity('ReopenNonConformity', people.auditor, {
    nonConformityId,
    reason: 'a leaver kept access again',
    at: minute(60 * 24 * 120),
  }),
});

const risk = <K extends RiskCommand['type']>(type: K, actor: Actor, data: Of<RiskCommand, K>['data']) =>
  command<RiskCommand, K>(type, actor, data);

export const riskScale = { likelihoodLevels: 5, impactLevels: 5 };
export const riskCriteria = { acceptance: 'score ≤ 8 accepted by the owner', assessment: 'ISMS risk method v3' };

export const riskSamples = (riskId = 'risk-1') => ({
  identify: risk('IdentifyRisk', people.ciso, {
    riskId,
    scenario: 'ransomware encrypts file servers',
    asset: 'file servers',
    owner: people.itLead,
    cia: { confidentiality: false, integrity: true, availability: true },
    at: minute(0),
  }),
  assess: risk('AssessRisk', people.ciso, {
    riskId,
    likelihood: 4,
    impact: 5,
    scale: riskScale,
    criteria: riskCriteria,
    appetite: 8,
    at: minute(60),
  }),
  decideTreatment: risk('DecideTreatment', people.ciso, {
    riskId,
    option: 'modify',
    controls: ['A.8.13', 'A.8.7'],
    justification: 'backups and malware protection',
    at: minute(120),
  }),
  approvePlan: risk('ApproveTreatmentPlan', people.itLead, { riskId, at: minute(180) }),
  linkActions: risk('LinkTreatmentActions', people.ciso, { riskId, actionIds: ['act-5'], at: minute(240) }),
  assessResidual: (likelihood = 2, impact = 3) =>
    risk('AssessResidualRisk', people.ciso, { riskId, likelihood, impact, at: minute(60 * 24 * 30) }),
  accept: (exceptionJustification?: string) =>
    risk('AcceptResidualRisk', people.itLead, {
      riskId,
      expiresOn: '2027-04-30',
      exceptionJustification,
      at: minute(60 * 24 * 31),
    }),
  reassess: risk('ReassessRisk', people.ciso, {
    riskId,
    trigger: 'change',
    reason: 'new cloud file service',
    likelihood: 3,
    impact: 4,
    scale: riskScale,
    criteria: riskCriteria,
    appetite: 8,
    at: minute(60 * 24 * 90),
  }),
  retire: risk('RetireRisk', people.ciso, { riskId, reason: 'file servers decommissioned', at: minute(60 * 24 * 200) }),
});

/** A risk from identification to its residual risk assessed (at the given likelihood and impact). */
export const riskUpToResidual = (likelihood: number, impact: number, riskId = 'risk-1'): RiskCommand[] => {
  const s = riskSamples(riskId);
  return [s.identify, s.assess, s.decideTreatment, s.approvePlan, s.assessResidual(likelihood, impact)];
};
