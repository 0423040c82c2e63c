import { type AuditorAnswer, answerOf, listed, plural, verdictWord } from '../answer.js';
import { currentCycle } from '../cycle.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import { reviewCycle } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';
import {
  type ConsultationHeld,
  type FeedbackHandling,
  type RequirementChange,
  stakeholderRecords,
} from './stakeholderRecords.js';

/** How one stakeholder input was taken into account. */
export interface StakeholderInput {
  readonly inputId: 'c' | 'e';
  /** `presented` in the last review; `earlierInCycle` when justified there but presented within the year; else as recorded. */
  readonly status: 'presented' | 'earlierInCycle' | 'notCovered' | 'notAddressed';
  readonly reviewId: string | undefined;
  readonly text: string | undefined;
}

/** The details of question 4: the inputs c and e, the consultations of the cycle and what was done with their feedback. */
export interface StakeholdersDetails {
  readonly reviewId: string | undefined;
  readonly inputs: readonly StakeholderInput[];
  /** Preparatory reports handed in for the last review, by whom. */
  readonly reportsSubmitted: readonly {
    readonly reportId: string;
    readonly by: string;
    readonly inputIds: readonly string[];
  }[];
  /** Attendees other than top management and the ISMS manager (process owners and others). */
  readonly otherAttendees: readonly string[];
  /** The consultations of the cycle: who, by which channel, when. */
  readonly consultations: readonly ConsultationHeld[];
  /** Each finding and feedback item of those consultations, and what was done with it. */
  readonly feedback: readonly FeedbackHandling[];
  /** The changes of interested parties' requirements within the cycle. */
  readonly requirementChanges: readonly RequirementChange[];
  /** Findings and feedback items still pending though a review was held after they came in. */
  readonly pending: readonly string[];
}

const channelWords = (c: ConsultationHeld): string =>
  `${c.channel} of ${listed(c.parties.map((p) => p.name))} ${c.conductedOn === undefined ? `from ${c.window.opensOn}` : `on ${c.conductedOn}`}${
    c.responses === undefined
      ? ''
      : ` (${c.responses} of ${c.invited} responding${c.score === undefined ? '' : `, score ${c.score}`})`
  }`;

const itemRef = (f: FeedbackHandling): string => `${f.consultationId}/${f.itemId}`;

/**
 * 4. Have stakeholders been consulted and their needs taken into account? Rests on the
 * consultations of the cycle — who was consulted, by which channel, when — and what was done with
 * each finding and feedback item (taken into account with a link or a reason, or pending), on the
 * changes of the parties' requirements within the cycle, and on the last review held: inputs c)
 * (needs and expectations of interested parties) and e) (their feedback), each presented there or —
 * when justified as not covered — presented within the year before. `yes` when both inputs were
 * taken into account, a consultation was conducted within the cycle and no item is left pending
 * past a review; `no` when neither input was and no consultation was conducted; `partial`
 * otherwise. Preparatory reports and process owners attending are reported beside.
 */
export const stakeholdersConsulted = (state: AuditorState, now: string): AuditorAnswer<StakeholdersDetails> => {
  const current = currentCycle(state, now);
  const last = current.last;
  const records = stakeholderRecords(state, current);
  const pending = records.feedback.filter((f) => f.handling === 'pending' && !f.awaitingReview).map(itemRef);
  const recordsDetails = {
    consultations: records.consultations,
    feedback: records.feedback,
    requirementChanges: records.requirementChanges,
    pending,
  };
  if (last === undefined) {
    return answerOf('stakeholders-consulted', now, {
      verdict: 'not-yet-applicable',
      sentence: `No management review meeting has been held yet${
        records.consultations.length > 0
          ? `; ${plural(records.consultations.length, 'consultation')} conducted: ${listed(records.consultations.map(channelWords))}`
          : ''
      }.`,
      details: { reviewId: undefined, inputs: [], reportsSubmitted: [], otherAttendees: [], ...recordsDetails },
      evidence: records.evidence,
    });
  }
  const cycle = reviewCycle(state, last);
  const evidence: (Evidence | undefined)[] = [];
  const inputs = (['c', 'e'] as const).map((inputId): StakeholderInput => {
    const here = last.inputs.get(inputId);
    if (here?.kind === 'presented') {
      evidence.push(here.evidence);
      return { inputId, status: 'presented', reviewId: last.reviewId, text: here.text };
    }
    const earlier = cycle
      .slice(0, -1)
      .reverse()
      .find((r) => r.inputs.get(inputId)?.kind === 'presented');
    if (here !== undefined && earlier !== undefined) {
      const presented = earlier.inputs.get(inputId)!;
      evidence.push(here.evidence, presented.evidence);
      return { inputId, status: 'earlierInCycle', reviewId: earlier.reviewId, text: presented.text };
    }
    if (here !== undefined) evidence.push(here.evidence);
    return here === undefined
      ? { inputId, status: 'notAddressed', reviewId: undefined, text: undefined }
      : { inputId, status: 'notCovered', reviewId: last.reviewId, text: here.text };
  });
  const reports = last.reports.filter((r) => r.submitted !== undefined);
  const reportsSubmitted = reports.map((r) => ({ reportId: r.reportId, by: r.requestedFrom, inputIds: r.inputIds }));
  const otherAttendees = last.meeting.attendees
    .filter((a) => a.role === 'processOwner' || a.role === 'other')
    .map((a) => a.id);
  evidence.push(last.meeting.evidence, ...reports.map((r) => r.submitted), ...records.evidence);
  const taken = inputs.filter((i) => i.status === 'presented' || i.status === 'earlierInCycle');
  const consulted = records.consultations.some((c) => c.conductedOn !== undefined) || records.feedback.length > 0;
  const verdict =
    taken.length === 2 && consulted && pending.length === 0
      ? 'yes'
      : taken.length === 0 && !consulted
        ? 'no'
        : 'partial';
  const inputWords = (i: StakeholderInput) =>
    `${i.inputId === 'c' ? 'needs and expectations of interested parties (c)' : 'feedback from interested parties (e)'} ${
      i.status === 'presented'
        ? 'presented'
        : i.status === 'earlierInCycle'
          ? `presented in ${i.reviewId}, justified as not covered since`
          : i.status === 'notCovered'
            ? 'justified as not covered'
            : 'not addressed'
    }`;
  const consultationWords =
    records.consultations.length === 0
      ? 'no consultation of interested parties recorded in the cycle'
      : `consulted by ${listed(records.consultations.map(channelWords))}`;
  const count = (handling: FeedbackHandling['handling']) =>
    records.feedback.filter((f) => f.handling === handling).length;
  const awaiting = records.feedback.filter((f) => f.awaitingReview).map(itemRef);
  const feedbackWords =
    records.feedback.length === 0
      ? ''
      : `; of ${plural(records.feedback.length, 'finding or feedback item', 'findings and feedback items')}, ${count('linked')} taken into account with a link, ${count('reason')} with a reason${
          pending.length > 0 ? `, ${pending.length} pending (${listed(pending)})` : ''
        }${awaiting.length > 0 ? `, ${awaiting.length} awaiting the next review` : ''}`;
  const changes = records.requirementChanges.length;
  const changeWords = changes === 0 ? '' : `; ${plural(changes, 'requirement change')} in the cycle`;
  return answerOf('stakeholders-consulted', now, {
    verdict,
    sentence: `${verdictWord(verdict)}: in ${last.reviewId} (${last.meeting.day}), ${inputs.map(inputWords).join('; ')}; ${consultationWords}${feedbackWords}${changeWords}; ${plural(reportsSubmitted.length, 'preparatory report')} handed in and ${plural(otherAttendees.length, 'process owner or other stakeholder', 'process owners or other stakeholders')} attending.`,
    details: { reviewId: last.reviewId, inputs, reportsSubmitted, otherAttendees, ...recordsDetails },
    evidence: distinctEvidence(evidence),
  });
};
