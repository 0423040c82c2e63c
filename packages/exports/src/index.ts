/**
 * @mgmt-review/exports — the registers as a calendar, a spreadsheet and a GRC platform consume
 * them, as of any moment: iCalendar (RFC 5545), CSV per register (RFC 4180), NIST OSCAL POA&M
 * (JSON, 1.1.2). Each export is made from an `ExportState` (replay `exportsProjection` as of any
 * moment, or call `exportStateAsOf`) and names the history position it was made from.
 */

/** Spreadsheet formula injection: `neutralise(cell)` prefixes a cell a spreadsheet would evaluate with `'`. */
export { neutralise } from './csv/neutralise.js';
/** The registers a CSV export writes, one entry of rows and columns each: `csvRegisters`, `csvRegisterNames`. */
export {
  type CellValue,
  type Column,
  type CsvRegister,
  type CsvRegisterName,
  csvRegisterNames,
  csvRegisters,
} from './csv/registerColumns.js';
/** CSV: `toRegisterCsv(state, register, { tenantId, now, bom?, positionComment? })`. */
export { type CsvOptions, toRegisterCsv } from './csv/registerCsv.js';
/** The state every export reads: the views and the exports' own records, at one history position. */
export { type ExportState, exportStateAsOf, exportsProjection, positionOf, tenantOf } from './exportState.js';
/** iCalendar: `toICalendar(state, { tenantId, now, resolvePerson?, reminderDaysBefore? })`. */
export { type ICalendarOptions, toICalendar } from './ics/icalendar.js';
/** The host's resolver from person ids to calendar addresses (never stored). */
export type { CalendarAddress, PersonResolver } from './ics/people.js';
/** OSCAL POA&M: `toOscalPoam(state, { tenantId, now })`, and `toOscal106` for 1.0.6 readers. */
export { EmptyPoam, OSCAL_VERSION, type OscalPoamOptions, toOscal106, toOscalPoam } from './oscal/poam.js';
/** The document's shape, as the export writes it. */
export type { OscalPoamDocument } from './oscal/poamModel.js';
/** The exports' own records of reviews (participants, reschedules, input evidence). */
export {
  type ExportDetails,
  exportDetailsProjection,
  type InputEvidenceRecord,
  type RescheduleRecord,
  type ReviewDetailsRecord,
} from './reviewDetails.js';
/** Stable identifiers: `stableUuid(tenantId, kind, id)`, UUID v5 of the tenant and the item. */
export { stableUuid } from './stableIds.js';
/** RFC 9562 version-5 UUIDs over node:crypto, and the URL namespace. */
export { URL_NAMESPACE, uuidV5 } from './uuidV5.js';
