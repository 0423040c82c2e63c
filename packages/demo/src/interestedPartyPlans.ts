import type { IsmsReference, PartyKind } from '@mgmt-review/core';

/** A change of a requirement (9.3.2 c): the fields that change, with the reason. */
export interface RequirementChangePlan {
  readonly on: string;
  readonly reason: string;
  readonly need?: string;
  readonly addressedBy?: readonly [IsmsReference, ...IsmsReference[]];
  readonly notAddressedReason?: string;
}

/**
 * A requirement of a party (4.2 b, c): addressed by the ISMS through `addressedBy`, or not, with
 * `notAddressedReason`; later changed or withdrawn.
 */
export interface RequirementPlan {
  readonly requirementId: string;
  readonly need: string;
  readonly source: string;
  readonly climateRelated?: boolean;
  readonly addressedBy?: readonly [IsmsReference, ...IsmsReference[]];
  readonly notAddressedReason?: string;
  readonly recordedOn: string;
  readonly changes?: readonly RequirementChangePlan[];
  readonly withdrawn?: { readonly on: string; readonly reason: string };
}

/** One interested party of the story (4.2) and its requirements. */
export interface InterestedPartyPlan {
  readonly interestedPartyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly relevance: string;
  readonly registeredOn: string;
  readonly requirements: readonly RequirementPlan[];
}

const control = (reference: string): IsmsReference => ({ kind: 'control', reference });
const policy = (reference: string): IsmsReference => ({ kind: 'policy', reference });
const objective = (reference: string): IsmsReference => ({ kind: 'objective', reference });

/**
 * Nine interested parties, of every kind, with their requirements: among them the major
 * customer's new confidentiality requirement of November 2025, addressed in February 2026 through
 * the revised data handling policy; the shareholders' climate-related requirement; and the card
 * processor's requirement, withdrawn when card data left the scope.
 */
export const interestedPartyPlans: readonly InterestedPartyPlan[] = [
  {
    interestedPartyId: 'IP-NORTHWIND',
    name: 'Northwind Bank (major customer)',
    kind: 'customer',
    relevance: 'A third of revenue; its contract sets security and confidentiality terms',
    registeredOn: '2024-09-17',
    requirements: [
      {
        requirementId: 'REQ-NW-01',
        need: 'Incidents affecting its data are notified within 24 hours',
        source: 'Master services agreement, clause 12.3',
        addressedBy: [control('A.5.24'), control('A.5.26')],
        recordedOn: '2024-09-17',
      },
      {
        requirementId: 'REQ-NW-02',
        need: 'ISO/IEC 27001 certification is held and kept',
        source: 'Master services agreement, clause 14.1',
        addressedBy: [policy('Information security policy v4')],
        recordedOn: '2024-09-17',
      },
      {
        requirementId: 'REQ-NW-03',
        need: 'Its data is never copied into test or development environments, and is encrypted everywhere',
        source: 'Contract renewal 2026, confidentiality annex (letter of 20 November 2025)',
        notAddressedReason:
          'The data handling policy still allows masked production copies in test: a policy change is being prepared',
        recordedOn: '2025-11-24',
        changes: [
          {
            on: '2026-02-23',
            reason: 'Data handling policy v3 approved: test data is synthetic, customer data is encrypted at rest',
            addressedBy: [policy('Data handling policy v3, section 4 (customer data)'), control('A.8.33')],
          },
        ],
      },
    ],
  },
  {
    interestedPartyId: 'IP-SME-CUSTOMERS',
    name: 'Small and medium-sized business customers',
    kind: 'customer',
    relevance: 'Most customers by number; they rely on the service being available',
    registeredOn: '2024-09-17',
    requirements: [
      {
        requirementId: 'REQ-SME-01',
        need: 'The service is available 99.9% of each month',
        source: 'Standard terms of service, service levels',
        addressedBy: [control('A.8.14'), control('A.5.30')],
        recordedOn: '2024-09-17',
      },
    ],
  },
  {
    interestedPartyId: 'IP-DPA',
    name: 'National data protection authority',
    kind: 'regulator',
    relevance: 'Supervises the processing of personal data',
    registeredOn: '2024-09-17',
    requirements: [
      {
        requirementId: 'REQ-DPA-01',
        need: 'Personal data breaches are notified within 72 hours',
        source: 'GDPR, article 33',
        addressedBy: [control('A.5.26'), control('A.5.34')],
        recordedOn: '2024-09-17',
      },
    ],
  },
  {
    interestedPartyId: 'IP-CSIRT',
    name: 'National CSIRT',
    kind: 'regulator',
    relevance: 'Receives the reports of significant incidents under the NIS2 law',
    registeredOn: '2025-10-06',
    requirements: [
      {
        requirementId: 'REQ-CSIRT-01',
        need: 'Significant incidents are reported within 24 hours, with a full report within a month',
        source: 'National NIS2 law, article 23',
        addressedBy: [control('A.5.24'), control('A.5.26')],
        recordedOn: '2025-10-06',
      },
    ],
  },
  {
    interestedPartyId: 'IP-STAFF',
    name: 'Staff',
    kind: 'employee',
    relevance: 'Everyone who handles information; their needs shape the rules they can follow',
    registeredOn: '2024-09-17',
    requirements: [
      {
        requirementId: 'REQ-STAFF-01',
        need: 'Secure equipment and clear rules for working from home',
        source: 'Works council agreement on hybrid work (2024)',
        addressedBy: [control('A.6.7'), policy('Remote working policy v2')],
        recordedOn: '2024-09-17',
      },
      {
        requirementId: 'REQ-STAFF-02',
        need: 'Clear guidance on which AI services may be used, and with which data',
        source: 'Staff poll on AI services (CS-2026-POLL)',
        notAddressedReason: 'The AI acceptable use policy is being written (A-22)',
        recordedOn: '2026-06-29',
      },
    ],
  },
  {
    interestedPartyId: 'IP-CLOUD',
    name: 'Cloud hosting provider',
    kind: 'supplier',
    relevance: 'Runs the data platform that holds customer data',
    registeredOn: '2024-09-18',
    requirements: [
      {
        requirementId: 'REQ-CLOUD-01',
        need: 'The customer’s side of the shared responsibility model is carried out',
        source: 'Hosting agreement, annex B',
        addressedBy: [control('A.5.23')],
        recordedOn: '2024-09-18',
      },
    ],
  },
  {
    interestedPartyId: 'IP-INSURER',
    name: 'Cyber insurer',
    kind: 'partner',
    relevance: 'Insures cyber incidents on conditions of security practice',
    registeredOn: '2024-09-18',
    requirements: [
      {
        requirementId: 'REQ-INS-01',
        need: 'Multi-factor authentication on all remote access',
        source: 'Cyber policy 2025, underwriting conditions',
        addressedBy: [objective('OBJ-02'), control('A.8.5')],
        recordedOn: '2024-10-24',
      },
    ],
  },
  {
    interestedPartyId: 'IP-SHAREHOLDERS',
    name: 'Shareholders',
    kind: 'shareholder',
    relevance: 'Own the company and approve its annual report',
    registeredOn: '2024-09-18',
    requirements: [
      {
        requirementId: 'REQ-SH-01',
        need: 'The annual report discloses how climate change affects the continuity of the service',
        source: 'Shareholders’ letter of 2 March 2026',
        climateRelated: true,
        addressedBy: [control('A.5.30'), policy('Business continuity policy v2, section 3 (climate hazards)')],
        recordedOn: '2026-03-09',
      },
    ],
  },
  {
    interestedPartyId: 'IP-PAYMENTS',
    name: 'Card payment processor',
    kind: 'partner',
    relevance: 'Processes the card payments of online customers',
    registeredOn: '2024-09-18',
    requirements: [
      {
        requirementId: 'REQ-PAY-01',
        need: 'Card data flows comply with PCI DSS',
        source: 'Merchant agreement, section 7',
        addressedBy: [control('A.5.31')],
        recordedOn: '2024-09-18',
        withdrawn: {
          on: '2025-09-08',
          reason: 'Card payments moved to the processor’s hosted payment page: no card data passes our systems',
        },
      },
    ],
  },
];
