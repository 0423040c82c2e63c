import type { InputEvidenceRecord } from '../reviewDetails.js';
import type { OscalObservation } from './poamModel.js';
import { instantOf, type PoamContext, prop, uuidOf } from './vocabulary.js';

/**
 * The evidence each review input was presented with (9.3.2), as observations: the summary, each
 * fact as a property, each reference as relevant evidence. An input presented again in the same
 * review is numbered after the first.
 */
export const poamObservations = (
  context: PoamContext,
  evidence: readonly InputEvidenceRecord[],
): OscalObservation[] => {
  const seen = new Map<string, number>();
  return evidence.map((e) => {
    const key = `${e.reviewId}/${e.inputId}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      uuid: uuidOf(context, 'observation', n === 1 ? key : `${key}/${n}`),
      title: `${e.reviewId}: input ${e.inputId}`,
      description: e.summary,
      props: [
        prop('review-id', e.reviewId),
        prop('input-id', e.inputId),
        ...e.facts.map((f) => prop('fact', `${f.label}: ${f.value}`)),
      ],
      methods: ['EXAMINE'],
      ...(e.references.length === 0
        ? {}
        : { 'relevant-evidence': e.references.map((description) => ({ description })) }),
      collected: instantOf(e.at),
    };
  });
};
