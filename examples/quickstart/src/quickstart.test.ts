import { describe, expect, it } from 'vitest';
import { quickstart } from './quickstart.js';

describe('the quick start', () => {
  it('answers "what decisions were taken at the last meeting" with the decision it recorded', async () => {
    const answer = await quickstart();
    expect(answer.questionId).toBe('last-decisions');
    expect(answer.sentence).toMatch(/MFA|decision/i);
    expect(answer.evidence.map((e) => e.type)).toContain('DecisionRecorded');
  });
});
