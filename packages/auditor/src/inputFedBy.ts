import { iso27001_2022, type RecordSource } from '@mgmt-review/core';

/**
 * The input of ISO/IEC 27001:2022 9.3.2 a kind of record feeds, read from the catalogue's own data
 * (objectives → d4, audits → d3, improvements → g, the climate decisions → b), so the answers and
 * the input pack never disagree on it. Throws at load if the catalogue lost the record: a bug.
 */
export const inputFedBy = (source: RecordSource): string => {
  const input = iso27001_2022.inputs.find((i) => i.fedBy?.includes(source) === true);
  if (input === undefined) throw new Error(`no input of ${iso27001_2022.standard} is fed by ${source}`);
  return input.id;
};
