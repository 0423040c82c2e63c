import { lifecycleRule, refuse } from '../shared/rules.js';
import { catalogueNames, reviewCataloguesRule } from './catalogues.js';
import type { ReviewCommand } from './commands.js';
import { type Decided, one } from './decideSupport.js';
import { checkPackDigests, type FrozenInputPack } from './inputPack.js';
import type { Review } from './state.js';

/** Freezing the input pack into the review (9.3.2). */
export type InputPackCommand = Extract<ReviewCommand, { type: 'FreezeInputPack' }>;

/** The rule a pack whose digests do not hold breaks: what was frozen must be what its digest says. */
export const packDigestRule = 'digest';

const samePeriod = (pack: FrozenInputPack, state: Review): boolean =>
  state.periodCovered !== undefined &&
  pack.periodCovered.from === state.periodCovered.from &&
  pack.periodCovered.to === state.periodCovered.to;

/** Why the parts do not follow the review's agenda (one part per input, in agenda order), if they do not. */
const agendaMismatch = (pack: FrozenInputPack, state: Review): string | undefined => {
  const inputs = pack.parts.map((part) => part.inputId);
  const missing = state.agenda.filter((inputId) => !inputs.includes(inputId));
  if (missing.length > 0) return `the pack has no part for input ${missing.join(', ')} of the agenda`;
  const extra = inputs.filter((inputId) => !state.agenda.includes(inputId));
  if (extra.length > 0) return `input ${extra.join(', ')} is not on the agenda (${state.agenda.join(', ')})`;
  if (inputs.length !== state.agenda.length || inputs.some((inputId, i) => inputId !== state.agenda[i])) {
    return `the parts must follow the agenda once each, in order (${state.agenda.join(', ')})`;
  }
  return undefined;
};

/**
 * Decides a freeze. The pack is frozen while the review is scheduled or its meeting open, and only
 * until an input has been addressed: the meeting considers the pack frozen before it. The pack must
 * follow the review's catalogues, period and agenda, and its digests must be those of its content.
 */
export const decideInputPack = (command: InputPackCommand, state: Review): Decided => {
  const { pack, at } = command.data;
  if (state.status !== 'scheduled' && state.status !== 'meetingOpen') {
    return refuse(lifecycleRule, 'an input pack is frozen before the minutes are approved');
  }
  if (state.coverage.size > 0) {
    return refuse(
      '9.3.2',
      'the input pack cannot be frozen again once an input has been addressed: the meeting considered the pack frozen before',
    );
  }
  if (
    pack.catalogueIds.length !== state.catalogueIds.length ||
    pack.catalogueIds.some((id, i) => id !== state.catalogueIds[i])
  ) {
    return refuse(
      reviewCataloguesRule,
      `the pack follows catalogue ${catalogueNames(pack.catalogueIds)}, the review ${catalogueNames(state.catalogueIds)}`,
    );
  }
  if (!samePeriod(pack, state)) {
    const period =
      state.periodCovered === undefined ? 'none' : `${state.periodCovered.from} to ${state.periodCovered.to}`;
    return refuse(
      '9.3.2',
      `the pack covers ${pack.periodCovered.from} to ${pack.periodCovered.to}, the review covers ${period}`,
    );
  }
  const mismatch = agendaMismatch(pack, state);
  if (mismatch !== undefined) return refuse('9.3.2', mismatch);
  const digests = checkPackDigests(pack);
  if (digests.partsNotMatching.length > 0) {
    return refuse(
      packDigestRule,
      `the digest of the part of input ${digests.partsNotMatching.join(', ')} is not the digest of its content`,
    );
  }
  if (!digests.packMatches) return refuse(packDigestRule, "the pack's digest is not the digest of its content");
  return one({ type: 'InputPackFrozen', data: { reviewId: state.reviewId, pack, at } });
};
