/**
 * The inputs a management review must consider, as data. A review names the catalogues it follows
 * (`catalogueIds`: one, or several for an integrated review); other standards (ISO 9001, 14001, 22301, 42001…) are added as more data of the
 * same shape, never as code.
 */

/** One input of a management review, e.g. ISO/IEC 27001:2022 9.3.2 d 1). */
export interface ReviewInput {
  /** Stable within its catalogue: `a`, `d1`… */
  readonly id: string;
  readonly title: string;
  /** Where the standard asks for it: `9.3.2 d 1`. */
  readonly clause: string;
  /** The input this one details (`d` for `d1`–`d4`). An input with details is covered by its details. */
  readonly parentId?: string;
  /**
   * The records of this library that feed the input, in the order a pack presents them. An input
   * fed by none (the adequacy of resources, a business impact analysis…) is presented by hand, and
   * a computed input pack says so. Absent on inputs with details: their details are fed.
   */
  readonly fedBy?: readonly RecordSource[];
  /**
   * The input of the harmonized structure this one is, if it is one (see `harmonizedInputs`): an
   * integrated review presents it once for every catalogue that asks for it.
   */
  readonly harmonized?: HarmonizedInputId;
}

/**
 * The review inputs of the harmonized structure shared by the ISO management-system standards
 * (ISO/IEC Directives, Part 1, Annex SL, clause 9.3.2), in its order, with its wording. Each
 * standard places them under its own ids and clauses and adds its own inputs.
 */
export const harmonizedInputs = [
  { id: 'previousActions', clause: '9.3.2 a', title: 'Status of actions from previous management reviews' },
  {
    id: 'contextChanges',
    clause: '9.3.2 b',
    title: 'Changes in external and internal issues that are relevant to the management system',
  },
  {
    id: 'interestedParties',
    clause: '9.3.2 c',
    title: 'Changes in needs and expectations of interested parties that are relevant to the management system',
  },
  { id: 'nonConformities', clause: '9.3.2 d 1', title: 'Nonconformities and corrective actions' },
  { id: 'measurement', clause: '9.3.2 d 2', title: 'Monitoring and measurement results' },
  { id: 'auditResults', clause: '9.3.2 d 3', title: 'Audit results' },
  { id: 'improvement', clause: '9.3.2 e', title: 'Opportunities for continual improvement' },
] as const;

/** An input of the harmonized structure (see `harmonizedInputs`). */
export type HarmonizedInputId = (typeof harmonizedInputs)[number]['id'];

/**
 * The kinds of record a review input can be computed from. The harmonized structure shared by the
 * ISO management-system standards asks for the same core inputs in each; these name where this
 * library keeps the data behind them.
 */
export const recordSources = [
  'previousReviewActions',
  'contextIssues',
  'climateDecisions',
  'interestedPartyRequirements',
  'nonConformities',
  'indicators',
  'audits',
  'objectives',
  'consultations',
  'risks',
  'improvements',
] as const;

/** A kind of record a review input can be computed from (see `recordSources`). */
export type RecordSource = (typeof recordSources)[number];

export interface ClauseCatalogue {
  readonly id: string;
  /** The standard and edition, e.g. `ISO/IEC 27001:2022`. */
  readonly standard: string;
  /** The clause that lists the inputs, e.g. `9.3.2`. */
  readonly clause: string;
  readonly inputs: readonly ReviewInput[];
}

/** The inputs a review presents one by one: those that are not detailed further (a, b, c, d1–d4, e, f, g). */
export const agendaOf = (catalogue: ClauseCatalogue): readonly ReviewInput[] => {
  const parents = new Set(catalogue.inputs.flatMap((input) => (input.parentId === undefined ? [] : [input.parentId])));
  return catalogue.inputs.filter((input) => !parents.has(input.id));
};

/** The records that feed an input; empty when the input is presented by hand. */
export const sourcesOf = (input: ReviewInput): readonly RecordSource[] => input.fedBy ?? [];

/** An input of a catalogue by id. */
export const inputOf = (catalogue: ClauseCatalogue, inputId: string): ReviewInput | undefined =>
  catalogue.inputs.find((input) => input.id === inputId);

/** Catalogues by id. */
export type Catalogues = ReadonlyMap<string, ClauseCatalogue>;

/** Catalogues by id, from a list (a later catalogue with the same id replaces an earlier one). */
export const cataloguesOf = (list: readonly ClauseCatalogue[]): Catalogues =>
  new Map(list.map((catalogue) => [catalogue.id, catalogue]));
