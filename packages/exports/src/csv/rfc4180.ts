import { stringify } from 'csv-stringify/sync';

/**
 * Records as RFC 4180 text: CRLF after each record; a field holding a comma, a double quote, a CR
 * or an LF enclosed in double quotes, its quotes doubled. csv-stringify quotes a field holding the
 * record delimiter (CRLF) on its own, not one holding a lone CR or LF: `quoted_match` adds those.
 */
export const rfc4180 = (records: readonly (readonly string[])[]): string =>
  stringify(records as string[][], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
