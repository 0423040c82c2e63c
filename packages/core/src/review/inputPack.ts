import { digestOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { recordSources } from '../catalogue/catalogue.js';
import {
  Digest,
  Id,
  IsoDate,
  IsoDateTime,
  JsonContent,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  PositionText,
  struct,
} from '../shared/codecs.js';

/**
 * A review's input pack as it is frozen into the review (9.3.2): for each input on the agenda, the
 * part computed from the tenant's records as of one moment, with a digest of its canonical JSON, and
 * a digest of the whole. Core keeps the pack and checks its digests; what a part's `content` holds
 * is the business of the package that computes it. Recomputing the pack as of `position` gives the
 * same digests, or names the part that differs.
 */

/** One kind of record an input is computed from (`recordSources`). */
export const RecordSourceCodec = oneOf(...recordSources);

/** One input's part: what it rests on, a one-sentence summary, the computed content and its digest. */
export const FrozenPart = struct(
  {
    inputId: Id,
    /** The kinds of record the part was computed from; empty for an input presented by hand. */
    sources: t.array(RecordSourceCodec),
    summary: NonEmptyString,
    content: JsonContent,
    digest: Digest,
  },
  'FrozenPart',
);
export type FrozenPart = t.TypeOf<typeof FrozenPart>;

/** The pack: where it was computed, what it covers, its parts in agenda order, and its digest. */
export const FrozenInputPack = struct(
  {
    /** The catalogues of the review, in its order: one, or several for an integrated review. */
    catalogueIds: nonEmptyArray(Id),
    periodCovered: struct({ from: IsoDate, to: IsoDate }),
    /** The global position of the last event the pack was computed from ("0" for an empty history). */
    position: PositionText,
    /** The moment the pack was computed as of. */
    asOf: IsoDateTime,
    parts: t.array(FrozenPart),
    digest: Digest,
  },
  'FrozenInputPack',
);
export type FrozenInputPack = t.TypeOf<typeof FrozenInputPack>;

/** A part before its digest is taken. */
export type UnsealedPart = Omit<FrozenPart, 'digest'>;

/** A pack before its digests are taken. */
export type UnsealedInputPack = Omit<FrozenInputPack, 'digest' | 'parts'> & { readonly parts: readonly UnsealedPart[] };

/** The digest of a part: of its input, sources, summary and content. */
export const partDigestOf = (part: UnsealedPart): string =>
  digestOf(
    { inputId: part.inputId, sources: part.sources, summary: part.summary, content: part.content },
    `the part of input ${part.inputId}`,
  );

/**
 * The digest of a pack: of everything in it but its own digest (the parts with theirs). A pack of
 * one catalogue is digested with that catalogue as `catalogueId`, as packs were before a review
 * could follow several, so a pack frozen then keeps its digest; a pack of several, with the list.
 */
export const packDigestOf = (pack: Omit<FrozenInputPack, 'digest'>): string =>
  digestOf(
    {
      ...(pack.catalogueIds.length === 1 ? { catalogueId: pack.catalogueIds[0] } : { catalogueIds: pack.catalogueIds }),
      periodCovered: { from: pack.periodCovered.from, to: pack.periodCovered.to },
      position: pack.position,
      asOf: pack.asOf,
      parts: pack.parts.map((part) => ({
        inputId: part.inputId,
        sources: part.sources,
        summary: part.summary,
        content: part.content,
        digest: part.digest,
      })),
    },
    'the input pack',
  );

/** Seals a computed pack: each part's digest, then the pack's. */
export const sealInputPack = (pack: UnsealedInputPack): FrozenInputPack => {
  const parts = pack.parts.map((part) => ({ ...part, digest: partDigestOf(part) }));
  const sealed = { ...pack, parts };
  return { ...sealed, digest: packDigestOf(sealed) };
};

/** Where a pack's digests do not hold: the parts whose content is not what their digest says, and the pack's own. */
export interface PackDigestCheck {
  readonly partsNotMatching: readonly string[];
  readonly packMatches: boolean;
}

/** Checks a pack's digests against its content. */
export const checkPackDigests = (pack: FrozenInputPack): PackDigestCheck => ({
  partsNotMatching: pack.parts.filter((part) => partDigestOf(part) !== part.digest).map((part) => part.inputId),
  packMatches: packDigestOf(pack) === pack.digest,
});
