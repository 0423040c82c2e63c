import {
  agendaOf,
  type ClauseCatalogue,
  type HarmonizedInputId,
  harmonizedInputs,
  type RecordSource,
  type ReviewInput,
  sourcesOf,
} from './catalogue.js';

/**
 * The agenda of a review that follows one catalogue or several (an integrated review): which
 * inputs it presents, in which order, and which catalogue inputs each one stands for.
 */

/** A catalogue input an agenda input stands for: the catalogue, the input's id and its clause there. */
export interface InputOrigin {
  readonly catalogueId: string;
  readonly inputId: string;
  readonly clause: string;
}

/** One input on a review's agenda, with the catalogue input(s) it comes from. */
export interface AgendaInput {
  /** Unique on the agenda: the catalogue's own id for a review of one catalogue (`d1`). */
  readonly id: string;
  readonly title: string;
  readonly clause: string;
  /** The records that feed it, in the order a pack presents them; empty when it is presented by hand. */
  readonly fedBy: readonly RecordSource[];
  /** The catalogue inputs it stands for, in the order the review lists its catalogues. */
  readonly from: readonly InputOrigin[];
}

/** The agenda id of a harmonized input in an integrated review: `core:previousActions`. */
export const harmonizedAgendaId = (id: HarmonizedInputId): string => `core:${id}`;

/** The agenda id of a catalogue's own input in an integrated review: `iso9001-2015:c7`. */
export const ownAgendaId = (catalogueId: string, inputId: string): string => `${catalogueId}:${inputId}`;

const originOf = (catalogue: ClauseCatalogue, input: ReviewInput): InputOrigin => ({
  catalogueId: catalogue.id,
  inputId: input.id,
  clause: `${catalogue.standard} ${input.clause}`,
});

const union = (lists: readonly (readonly RecordSource[])[]): readonly RecordSource[] => [...new Set(lists.flat())];

/**
 * The agenda of a review following `catalogues`, in a deterministic order. For one catalogue: its
 * inputs that are not detailed further, under their own ids (`a`, `d1`…). For several (an
 * integrated review): first the harmonized core, each input once, in the harmonized structure's
 * order, standing for every catalogue input placed there (`core:previousActions`); then each
 * catalogue's own inputs, catalogue by catalogue in the order given, under ids that name the
 * catalogue (`iso9001-2015:c7`). No catalogue input is presented twice.
 */
export const reviewAgendaOf = (catalogues: readonly ClauseCatalogue[]): readonly AgendaInput[] => {
  if (catalogues.length === 1) {
    const catalogue = catalogues[0]!;
    return agendaOf(catalogue).map((input) => ({
      id: input.id,
      title: input.title,
      clause: input.clause,
      fedBy: sourcesOf(input),
      from: [originOf(catalogue, input)],
    }));
  }
  const agendas = catalogues.map((catalogue) => ({ catalogue, inputs: agendaOf(catalogue) }));
  const core: AgendaInput[] = harmonizedInputs.flatMap((harmonized) => {
    const placed = agendas.flatMap(({ catalogue, inputs }) =>
      inputs.filter((input) => input.harmonized === harmonized.id).map((input) => ({ catalogue, input })),
    );
    if (placed.length === 0) return [];
    return [
      {
        id: harmonizedAgendaId(harmonized.id),
        title: harmonized.title,
        clause: `harmonized structure ${harmonized.clause}`,
        fedBy: union(placed.map(({ input }) => sourcesOf(input))),
        from: placed.map(({ catalogue, input }) => originOf(catalogue, input)),
      },
    ];
  });
  const own: AgendaInput[] = agendas.flatMap(({ catalogue, inputs }) =>
    inputs
      .filter((input) => input.harmonized === undefined)
      .map((input) => ({
        id: ownAgendaId(catalogue.id, input.id),
        title: input.title,
        clause: `${catalogue.standard} ${input.clause}`,
        fedBy: sourcesOf(input),
        from: [originOf(catalogue, input)],
      })),
  );
  return [...core, ...own];
};

/** An input of a review's agenda by its agenda id. */
export const agendaInputOf = (agenda: readonly AgendaInput[], id: string): AgendaInput | undefined =>
  agenda.find((input) => input.id === id);
