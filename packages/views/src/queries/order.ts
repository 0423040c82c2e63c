/** Ascending order of strings (ids, ISO days) as the rows of a view are listed. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
