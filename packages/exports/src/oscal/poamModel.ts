/**
 * The parts of the OSCAL 1.1.2 POA&M model (JSON) the export writes, named as the model names them.
 * Only what is written is typed; the JSON Schema in the tests checks the rest.
 */

/** A property: a token name in a namespace, and a value. */
export interface OscalProp {
  readonly name: string;
  readonly ns: string;
  readonly value: string;
}

/** A milestone of a remediation, on its due date. */
export interface OscalTask {
  readonly uuid: string;
  readonly type: 'milestone';
  readonly title: string;
  readonly timing: { readonly 'on-date': { readonly date: string } };
}

/** A risk response: a corrective or treatment action. */
export interface OscalRemediation {
  readonly uuid: string;
  readonly lifecycle: 'planned' | 'completed';
  readonly title: string;
  readonly description: string;
  readonly props: readonly OscalProp[];
  readonly tasks: readonly OscalTask[];
}

/** Who a characterization, finding or observation comes from. */
export interface OscalOrigin {
  readonly actors: readonly { readonly type: 'party'; readonly 'actor-uuid': string }[];
}

/** A risk's likelihood, impact and level, from one assessment. */
export interface OscalCharacterization {
  readonly props: readonly OscalProp[];
  readonly origin: OscalOrigin;
  readonly facets: readonly { readonly name: string; readonly system: string; readonly value: string }[];
}

/** One entry of a risk's log. */
export interface OscalRiskLogEntry {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly start: string;
  readonly 'logged-by': readonly { readonly 'party-uuid': string }[];
  readonly 'status-change': OscalRiskStatus;
}

/** The risk statuses the export uses (OSCAL has also investigating and deviation-requested). */
export type OscalRiskStatus = 'open' | 'remediating' | 'deviation-approved' | 'closed';

/** An identified risk. */
export interface OscalRisk {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly statement: string;
  readonly props: readonly OscalProp[];
  readonly status: OscalRiskStatus;
  readonly characterizations?: readonly OscalCharacterization[];
  readonly deadline?: string;
  readonly remediations?: readonly OscalRemediation[];
  readonly 'risk-log'?: { readonly entries: readonly OscalRiskLogEntry[] };
}

/** A finding: the requirement it is about, and whether it is satisfied. */
export interface OscalFinding {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props: readonly OscalProp[];
  readonly target: {
    readonly type: 'statement-id';
    readonly 'target-id': string;
    readonly title: string;
    readonly status: { readonly state: 'satisfied' | 'not-satisfied' };
  };
  readonly 'related-risks': readonly { readonly 'risk-uuid': string }[];
}

/** An observation: evidence a review input was presented with. */
export interface OscalObservation {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props: readonly OscalProp[];
  readonly methods: readonly 'EXAMINE'[];
  readonly 'relevant-evidence'?: readonly { readonly description: string }[];
  readonly collected: string;
}

/** An item of the plan. */
export interface OscalPoamItem {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props: readonly OscalProp[];
  readonly 'related-findings'?: readonly { readonly 'finding-uuid': string }[];
  readonly 'related-risks': readonly { readonly 'risk-uuid': string }[];
}

/** A person, by the uuid derived from their id in the history (no name, no address). */
export interface OscalParty {
  readonly uuid: string;
  readonly type: 'person';
  readonly props: readonly OscalProp[];
}

/** The whole document. */
export interface OscalPoamDocument {
  readonly 'plan-of-action-and-milestones': {
    readonly uuid: string;
    readonly metadata: {
      readonly title: string;
      readonly 'last-modified': string;
      readonly version: string;
      readonly 'oscal-version': string;
      readonly props: readonly OscalProp[];
      readonly parties?: readonly OscalParty[];
    };
    readonly 'system-id': { readonly 'identifier-type': 'https://ietf.org/rfc/rfc4122'; readonly id: string };
    readonly observations?: readonly OscalObservation[];
    readonly risks?: readonly OscalRisk[];
    readonly findings?: readonly OscalFinding[];
    readonly 'poam-items': readonly OscalPoamItem[];
  };
}
