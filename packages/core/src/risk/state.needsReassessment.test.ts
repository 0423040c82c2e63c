import { describe, expect, it } from 'vitest';
import { initialRiskState, needsReassessment, type Risk } from './state.js';

const accepted = (expiresOn: string): Risk => ({
  ...initialRiskState,
  stage: 'accepted',
  riskId: 'k1',
  acceptance: { acceptedBy: 'u-it', score: 6, aboveAppetite: false, expiresOn },
});

describe('an accepted residual risk', () => {
  it('needs reassessment once its acceptance has expired', () => {
    expect(needsReassessment(accepted('2027-03-31'), '2027-04-01')).toBe(true);
  });

  it('does not need reassessment up to and on its expiry day', () => {
    expect(needsReassessment(accepted('2027-03-31'), '2027-03-31')).toBe(false);
  });

  it('is not the question for a risk not accepted', () => {
    expect(needsReassessment({ ...initialRiskState, stage: 'assessed' }, '2030-01-01')).toBe(false);
  });
});
