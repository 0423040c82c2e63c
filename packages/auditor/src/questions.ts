/**
 * The questions an auditor asks to validate ISO/IEC 27001:2022 clause 9.3, by stable id. The first
 * five are the ones every auditor asks; the next five are the further checks of 9.3; the last four
 * ask of the records a review rests on (objectives, audits, the improvement log, the context).
 */
export const auditorQuestions = [
  { id: 'minutes-kept', number: 1, clause: '9.3.3', text: 'Have you kept the minutes of the last meeting?' },
  { id: 'last-decisions', number: 2, clause: '9.3.3', text: 'What decisions were taken at the last meeting?' },
  {
    id: 'corrective-actions-verified',
    number: 3,
    clause: '10.2',
    text: 'Have corrective actions been successfully implemented and verified?',
  },
  {
    id: 'stakeholders-consulted',
    number: 4,
    clause: '9.3.2 c, e',
    text: 'Have stakeholders been consulted and their needs taken into account?',
  },
  { id: 'next-meeting', number: 5, clause: '9.3.1', text: 'When is the next meeting?' },
  {
    id: 'inputs-covered',
    number: 6,
    clause: '9.3.2',
    text: 'Were all inputs a) to g) covered in the last review, or over the current review cycle?',
  },
  {
    id: 'improvement-and-change-decisions',
    number: 7,
    clause: '9.3.3',
    text: 'Did the review produce decisions on continual improvement and on changes to the ISMS?',
  },
  { id: 'results-communicated', number: 8, clause: '7.4, 9.3.3', text: 'Were the results of the review communicated?' },
  {
    id: 'planned-intervals',
    number: 9,
    clause: '9.3.1',
    text: 'Have reviews been held at the planned intervals, with no gap longer than the cadence?',
  },
  {
    id: 'risk-treatment-and-acceptance',
    number: 10,
    clause: '6.1.3, 8.3',
    text: 'Are risk treatment plans approved and residual risks accepted by their owners, and which acceptances have expired?',
  },
  {
    id: 'objectives-monitored',
    number: 11,
    clause: '6.2, 9.3.2 d4',
    text: 'Are information-security objectives monitored and their fulfilment reviewed?',
  },
  {
    id: 'audit-results-considered',
    number: 12,
    clause: '9.2, 9.3.2 d3',
    text: 'Were audit results considered in the review?',
  },
  {
    id: 'improvement-log',
    number: 13,
    clause: '10.1, 9.3.2 g',
    text: 'Is there a continual-improvement log, and are opportunities followed to decisions and results?',
  },
  {
    id: 'climate-decided',
    number: 14,
    clause: '4.1, Amd 1:2024',
    text: 'Was the climate-change question decided?',
  },
  {
    id: 'review-based-on-data',
    number: 15,
    clause: '9.3.2',
    text: 'Was the review based on data?',
  },
] as const;

/** A question, as listed in `auditorQuestions`. */
export type AuditorQuestion = (typeof auditorQuestions)[number];

/** The id of a question: what the CLI and hosts ask by (`minutes-kept`, `next-meeting`…). */
export type QuestionId = AuditorQuestion['id'];

/** The ids of the questions, in order. */
export const questionIds: readonly QuestionId[] = auditorQuestions.map((q) => q.id);

/** Whether `value` is the id of a question. */
export const isQuestionId = (value: string): value is QuestionId => (questionIds as readonly string[]).includes(value);

/** The question with this id. */
export const questionOf = (id: QuestionId): AuditorQuestion => auditorQuestions.find((q) => q.id === id)!;
