import Table from 'cli-table3';

/** A plain table for people (no colours, so it reads the same in a log or a pipe). */
export const renderTable = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string => {
  const table = new Table({ head: [...head], style: { head: [], border: [], compact: true } });
  for (const row of rows) table.push(row.map((cell) => String(cell)));
  return table.toString();
};

/** `2026-03-31T09:00:00.000Z` → `2026-03-31`; undefined → `-`. */
export const day = (value: string | undefined): string => (value === undefined ? '-' : value.slice(0, 10));
