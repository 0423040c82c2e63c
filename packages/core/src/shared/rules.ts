import { type RuleBroken, ruleBroken } from '@mgmt-review/eventsourcing';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { isBefore } from './time.js';

/**
 * Rules that do not come from a clause of the standard: the life cycle of an aggregate and the
 * consistency of its dates. Rules from the standard are named by their clause (`9.3.3`, `10.2 d`).
 */
export const lifecycleRule = 'lifecycle';
export const chronologyRule = 'chronology';
export const verifierIsNotOwnerRule = 'verifier-is-not-owner';

/** The aggregate exists (its first event is recorded). */
export const mustExist = (exists: boolean, what: string): Either<RuleBroken, void> =>
  exists ? right(undefined) : left(ruleBroken(lifecycleRule, `${what} does not exist yet`));

/** The aggregate does not exist yet (a creation command is accepted once). */
export const mustNotExist = (exists: boolean, what: string): Either<RuleBroken, void> =>
  exists ? left(ruleBroken(lifecycleRule, `${what} already exists`)) : right(undefined);

/** A command is not dated before the last fact recorded on its aggregate: the history reads in time order. */
export const notBeforeLast = (at: string, lastAt: string | undefined): Either<RuleBroken, void> =>
  lastAt !== undefined && isBefore(at, lastAt)
    ? left(ruleBroken(chronologyRule, `at ${at} is before the last recorded fact (${lastAt})`))
    : right(undefined);

/** A refusal: the rule it enforces and what was wrong. */
export const refuse = (rule: string, message: string): Either<RuleBroken, never> => left(ruleBroken(rule, message));
