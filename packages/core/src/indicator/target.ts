import * as t from 'io-ts';
import { oneOf, ruled } from '../shared/codecs.js';

/** Which way an indicator improves (9.1): more incidents is worse (`lowerIsBetter`), more coverage better. */
export const Direction = oneOf('higherIsBetter', 'lowerIsBetter');
export type Direction = t.TypeOf<typeof Direction>;

/** A measured value, a target or a threshold: a finite number in the indicator's unit. */
export const MeasuredValue = ruled('MeasuredValue', t.number, Number.isFinite, 'a finite number');

/**
 * Whether `value` meets `target`: at least the target when higher is better, at most when lower is.
 * The one comparison an indicator, an objective's achievement and every read model use.
 */
export const meetsTarget = (direction: Direction, target: number, value: number): boolean =>
  direction === 'higherIsBetter' ? value >= target : value <= target;

/**
 * Whether `value` breaches `threshold`: falls below it when higher is better, rises above it when
 * lower is. A value on the threshold is not a breach.
 */
export const breaches = (direction: Direction, threshold: number, value: number): boolean =>
  direction === 'higherIsBetter' ? value < threshold : value > threshold;
