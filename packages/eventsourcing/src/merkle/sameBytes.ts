/** Whether two byte strings are equal, length first (vectors hold roots of other lengths too). */
export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;
