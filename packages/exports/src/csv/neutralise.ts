/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a spreadsheet evaluates a cell that
 * starts with `=`, `+`, `-` or `@`, and some also one that starts with a tab or a carriage
 * return, or with any of those after leading spaces or a NUL. Such a cell is prefixed with `'`,
 * which spreadsheets show as text; every other cell is kept exactly.
 */
const FORMULA_START = /^[ \0]*[=+\-@\t\r]/;

/** The cell as text a spreadsheet will not evaluate. */
export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
