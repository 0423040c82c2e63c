/**
 * Index arithmetic of the verification algorithms on plain numbers (exact up to 2^53 leaves), not
 * on 32-bit operators, which would wrap past 2^31.
 */

/** Whether the lowest bit of `n` is set. */
export const isOdd = (n: number): boolean => n % 2 === 1;

/** `n` shifted right by one bit. */
export const half = (n: number): number => Math.floor(n / 2);

/** Whether `n` is a power of two (1, 2, 4, …). */
export const isPowerOfTwo = (n: number): boolean => {
  let m = n;
  while (m > 1 && m % 2 === 0) m /= 2;
  return m === 1;
};
