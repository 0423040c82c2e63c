import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { reviewAgendaOf } from '../catalogue/agenda.js';
import { iso9001_2015 } from '../catalogue/iso9001.js';
import { iso27001_2022 } from '../catalogue/iso27001.js';
import { people } from '../testing/people.js';
import { agenda27001, minute, reviewSamples, sampleInputPart } from '../testing/samples.js';
import { reviewSpec } from '../testing/specs.js';
import { reviewDecider } from './decide.js';
import { sealInputPack } from './inputPack.js';

const s = reviewSamples('r1');
const both = ['iso27001-2022', 'iso9001-2015'];
const { catalogueId: _, ...scheduleData } = s.schedule.data;
const integrated = { ...s.schedule, data: { ...scheduleData, catalogues: both } };
const agenda = reviewAgendaOf([iso27001_2022, iso9001_2015]).map((input) => input.id);
const scheduled = historyOf(reviewDecider, [integrated]);
const packOf = (catalogueIds: string[], inputIds: readonly string[]) =>
  sealInputPack({
    catalogueIds,
    periodCovered: { from: '2026-01-01', to: '2026-03-31' },
    position: '42',
    asOf: minute(-60),
    parts: inputIds.map(sampleInputPart),
  });

describe('an integrated review follows several catalogues (9.3.2 of each)', () => {
  it('is scheduled with the harmonized core once and each standard’s own inputs', () => {
    reviewSpec
      .given([])
      .when(integrated)
      .then([
        {
          type: 'ReviewScheduled',
          data: {
            reviewId: 'r1',
            plannedDate: '2026-03-31',
            cadence: 'quarterly',
            kind: 'regular',
            chair: people.ceo,
            periodCovered: { from: '2026-01-01', to: '2026-03-31' },
            catalogueIds: both,
            agenda,
            at: s.schedule.data.at,
          },
        },
      ]);
  });

  it.each([
    [[], 'a review follows at least one catalogue (catalogueId or catalogues)'],
    [['iso27001-2022', 'iso27001-2022'], 'catalogue iso27001-2022 is listed more than once'],
    [
      ['iso27001-2022', 'iso9001-2008'],
      'catalogue iso9001-2008 is unknown (known: iso27001-2022, iso9001-2015, iso14001-2015, iso22301-2019, iso42001-2023)',
    ],
  ])('refuses the catalogues %j, naming the rule', (catalogues, message) => {
    reviewSpec
      .given([])
      .when({ ...integrated, data: { ...integrated.data, catalogues } })
      .then({ _tag: 'RuleBroken', rule: 'review-catalogues', message: expectMessage(message) });
  });

  it('refuses a schedule that names both one catalogue and a list', () => {
    reviewSpec
      .given([])
      .when({ ...integrated, data: { ...integrated.data, catalogueId: 'iso27001-2022' } })
      .then({ _tag: 'RuleBroken', rule: 'review-catalogues' });
  });

  it('records a pack that follows its catalogues and its agenda', () => {
    const pack = packOf(both, agenda);
    reviewSpec
      .given(scheduled)
      .when(s.freeze(pack))
      .then([{ type: 'InputPackFrozen', data: { reviewId: 'r1', pack, at: minute(-30) } }]);
  });

  it('refuses a pack of one of its catalogues only, or of its catalogues in another order', () => {
    for (const catalogueIds of [['iso27001-2022'], ['iso9001-2015', 'iso27001-2022']]) {
      reviewSpec
        .given(scheduled)
        .when(s.freeze(packOf(catalogueIds, agenda)))
        .then({
          _tag: 'RuleBroken',
          rule: 'review-catalogues',
          message: expectMessage(
            `the pack follows catalogue ${catalogueIds.join(' + ')}, the review iso27001-2022 + iso9001-2015`,
          ),
        });
    }
  });

  it('refuses a pack over the agenda of one catalogue, naming the inputs it lacks (9.3.2)', () => {
    reviewSpec
      .given(scheduled)
      .when(s.freeze(packOf(both, agenda27001)))
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('presents an input of the harmonized core and refuses a catalogue id that is not on its agenda', () => {
    const meeting = historyOf(reviewDecider, [integrated, s.openMeeting]);
    reviewSpec
      .given(meeting)
      .when(s.present('core:previousActions'))
      .then([{ type: 'InputPresented', data: s.present('core:previousActions').data }]);
    reviewSpec.given(meeting).when(s.present('a')).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });
});

/** A refusal's message as it is carried: the words, then the rule. */
const expectMessage = (text: string) => `${text} (review-catalogues)`;
