import { type ExportState, positionOf, tenantOf } from '../exportState.js';
import { cellText } from './cellText.js';
import { type CsvRegister, type CsvRegisterName, csvRegisters } from './registerColumns.js';
import { rfc4180 } from './rfc4180.js';

/** What a CSV export is made with. */
export interface CsvOptions {
  readonly tenantId: string;
  /** The day (or instant) the register is read on. */
  readonly now: string;
  /** Start with a UTF-8 byte order mark, for spreadsheets that guess the encoding otherwise. */
  readonly bom?: boolean;
  /**
   * Start with one comment line naming the tenant, the history position and the moment
   * (`# mgmt-review tenant=… position=… now=…`). Off by default: RFC 4180 has no comments, so a
   * reader must be told to skip it (csv-parse: `comment: '#'`).
   */
  readonly positionComment?: boolean;
}

const recordsOf = <Row>(register: CsvRegister<Row>, state: ExportState, now: string): string[][] => [
  register.columns.map((c) => c.header),
  ...register.rows(state.views, now).map((row) => register.columns.map((c) => cellText(c.cell(row)))),
];

/**
 * One register as RFC 4180 CSV: a header line, then one record per row of the register on the day
 * `now`, CRLF line breaks, fields quoted where they hold a comma, quote or line break, and every
 * cell a spreadsheet would evaluate as a formula neutralised.
 */
export const toRegisterCsv = (state: ExportState, name: CsvRegisterName, options: CsvOptions): string => {
  tenantOf(state, options.tenantId);
  const register = csvRegisters[name] as CsvRegister<unknown>;
  const body = rfc4180(recordsOf(register, state, options.now));
  const comment =
    options.positionComment === true
      ? `# mgmt-review tenant=${options.tenantId} position=${positionOf(state)} now=${options.now}\r\n`
      : '';
  return `${options.bom === true ? '\uFEFF' : ''}${comment}${body}`;
};
