import { type AuditorAnswer, answerOf, plural } from '../answer.js';
import { distinctEvidence, type Evidence } from '../evidence.js';
import { reviewCycle, reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

/** How one stakeholder input was taken into account. */
export interface StakeholderInput {
  readonly inputId: 'c' | 'e';
  /** `presented` in the last review; `earlierInCycle` when justified there but presented within the year; else as recorded. */
  readonly status: 'presented' | 'earlierInCycle' | 'notCovered' | 'notAddressed';
  readonly reviewId: string | undefined;
  readonly text: string | undefined;
}

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
}

/**
 * 4. Have stakeholders been consulted and their needs taken into account? Looks at the last review
 * held: inputs c) (needs and expectations of interested parties) and e) (their feedback), each
 * presented there or — when justified as not covered — presented within the year before; and
 * whether people beyond top management were heard (preparatory reports handed in, or process
 * owners attending). `yes` when both inputs were taken into account and people were heard,
 * `partial` when only some of it, `no` when neither input was.
 */
export const stakeholdersConsulted = (state: AuditorState, now: string): AuditorAnswer<StakeholdersDetails> => {
  const last = reviewsHeld(state).at(-1);
  if (last === undefined) {
    return answerOf('stakeholders-consulted', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: { reviewId: undefined, inputs: [], reportsSubmitted: [], otherAttendees: [] },
      evidence: [],
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
  evidence.push(last.meeting.evidence, ...reports.map((r) => r.submitted));
  const taken = inputs.filter((i) => i.status === 'presented' || i.status === 'earlierInCycle');
  const heard = reportsSubmitted.length > 0 || otherAttendees.length > 0;
  const verdict = taken.length === 2 && heard ? 'yes' : taken.length === 0 ? 'no' : 'partial';
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
  const lead = verdict === 'yes' ? 'Yes' : verdict === 'no' ? 'No' : 'Partly';
  return answerOf('stakeholders-consulted', now, {
    verdict,
    sentence: `${lead}: in ${last.reviewId} (${last.meeting.day}), ${inputs.map(inputWords).join('; ')}; ${plural(reportsSubmitted.length, 'preparatory report')} handed in and ${plural(otherAttendees.length, 'process owner or other stakeholder', 'process owners or other stakeholders')} attending.`,
    details: { reviewId: last.reviewId, inputs, reportsSubmitted, otherAttendees },
    evidence: distinctEvidence(evidence),
  });
};
