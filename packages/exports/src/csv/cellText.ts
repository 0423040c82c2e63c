import { neutralise } from './neutralise.js';
import type { CellValue } from './registerColumns.js';

/**
 * A cell as CSV text: nothing for undefined, `true`/`false`, numbers as they are (a number is never
 * a formula, and a negative one stays a number), text and lists (joined by `; `) neutralised.
 */
export const cellText = (value: CellValue): string => {
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutralise(typeof value === 'string' ? value : value.join('; '));
};
