import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import {
  agenda27001,
  minute,
  reviewSamples,
  reviewUpToDraftedMinutes,
  reviewUpToMeeting,
  sampleInputPack,
  sampleInputPart,
} from '../testing/samples.js';
import { reviewSpec } from '../testing/specs.js';
import { reviewDecider } from './decide.js';
import { type FrozenInputPack, sealInputPack } from './inputPack.js';

const s = reviewSamples('r1');
const scheduled = historyOf(reviewDecider, [s.schedule]);
const inMeeting = historyOf(reviewDecider, reviewUpToMeeting());

const pack = sampleInputPack;
const freeze = s.freeze;

const present = (inputId: string, frozenPartDigest: string | undefined) => {
  const command = s.present(inputId);
  return { ...command, data: { ...command.data, ...(frozenPartDigest === undefined ? {} : { frozenPartDigest }) } };
};

describe('the input pack is frozen into the review (9.3.2)', () => {
  it('records the pack of a scheduled review, with its position, period, catalogue and digests', () => {
    const frozen = pack();
    reviewSpec
      .given(scheduled)
      .when(freeze(frozen))
      .then([{ type: 'InputPackFrozen', data: { reviewId: 'r1', pack: frozen, at: minute(-30) } }]);
  });

  it('records the pack once the meeting is open, before any input is addressed', () => {
    reviewSpec
      .given(inMeeting)
      .when(freeze(pack(), minute(1)))
      .then([{ type: 'InputPackFrozen', data: { reviewId: 'r1', pack: pack(), at: minute(1) } }]);
  });

  it('lets a later freeze supersede an earlier one before the meeting', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, freeze(pack('41'), minute(-40))]))
      .when(freeze(pack('42')))
      .then([{ type: 'InputPackFrozen', data: { reviewId: 'r1', pack: pack('42'), at: minute(-30) } }]);
  });

  it('refuses a freeze once an input has been addressed (9.3.2)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToMeeting(), s.present('a')]))
      .when(freeze(pack(), minute(10)))
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a pack of another catalogue, naming both', () => {
    const other = sealInputPack({ ...pack(), catalogueIds: ['iso9001-2015'], parts: agenda27001.map(sampleInputPart) });
    reviewSpec.given(scheduled).when(freeze(other)).then({
      _tag: 'RuleBroken',
      rule: 'review-catalogues',
      message: 'the pack follows catalogue iso9001-2015, the review iso27001-2022 (review-catalogues)',
    });
  });

  it('refuses a pack of another period than the review covers (9.3.2)', () => {
    const other = sealInputPack({
      ...pack(),
      periodCovered: { from: '2025-10-01', to: '2025-12-31' },
      parts: agenda27001.map(sampleInputPart),
    });
    reviewSpec.given(scheduled).when(freeze(other)).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a pack missing an agenda input, naming it (9.3.2)', () => {
    const partial = pack('42', agenda27001.filter((id) => id !== 'd2').map(sampleInputPart));
    reviewSpec
      .given(scheduled)
      .when(freeze(partial))
      .then({ _tag: 'RuleBroken', rule: '9.3.2', message: 'the pack has no part for input d2 of the agenda (9.3.2)' });
  });

  it('refuses a pack with an input that is not on the agenda (9.3.2)', () => {
    const extra = pack('42', [...agenda27001.map(sampleInputPart), sampleInputPart('h')]);
    reviewSpec.given(scheduled).when(freeze(extra)).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses parts out of agenda order (9.3.2)', () => {
    const reordered = pack('42', [...agenda27001].reverse().map(sampleInputPart));
    reviewSpec.given(scheduled).when(freeze(reordered)).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a part whose content is not what its digest says, naming the input', () => {
    const frozen = pack();
    const tampered: FrozenInputPack = {
      ...frozen,
      parts: frozen.parts.map((part) => (part.inputId === 'f' ? { ...part, content: { figures: { open: 3 } } } : part)),
    };
    reviewSpec.given(scheduled).when(freeze(tampered)).then({
      _tag: 'RuleBroken',
      rule: 'digest',
      message: 'the digest of the part of input f is not the digest of its content (digest)',
    });
  });

  it('refuses a pack whose own digest is not the digest of its content', () => {
    reviewSpec
      .given(scheduled)
      .when(freeze({ ...pack(), position: '43' }))
      .then({ _tag: 'RuleBroken', rule: 'digest' });
  });

  it('refuses a freeze after the minutes are approved', () => {
    const approved = historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes]);
    reviewSpec
      .given(approved)
      .when(freeze(pack(), minute(200)))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('an input is presented from its frozen part (9.3.2)', () => {
  const frozen = pack();
  const withPack = historyOf(reviewDecider, [...reviewUpToMeeting().slice(0, -1), freeze(frozen), s.openMeeting]);
  const partD2 = frozen.parts.find((part) => part.inputId === 'd2')!;

  it('records the pack and part it cites beside the presenter comment', () => {
    const command = present('d2', partD2.digest);
    reviewSpec
      .given(withPack)
      .when(command)
      .then([
        {
          type: 'InputPresented',
          data: {
            reviewId: 'r1',
            inputId: 'd2',
            summary: command.data.summary,
            facts: command.data.facts,
            references: command.data.references,
            frozenPart: { packDigest: frozen.digest, partDigest: partD2.digest },
            at: command.data.at,
          },
        },
      ]);
  });

  it("refuses a citation of another input's part (9.3.2)", () => {
    const partD3 = frozen.parts.find((part) => part.inputId === 'd3')!;
    reviewSpec.given(withPack).when(present('d2', partD3.digest)).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a citation when no pack is frozen (9.3.2)', () => {
    reviewSpec.given(inMeeting).when(present('d2', partD2.digest)).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('still presents an input without a citation, by hand', () => {
    const command = present('d2', undefined);
    reviewSpec
      .given(withPack)
      .when(command)
      .then([{ type: 'InputPresented', data: command.data }]);
  });
});
