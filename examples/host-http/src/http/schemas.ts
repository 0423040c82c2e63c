import { IsoDateTime, Period } from '@mgmt-review/core';
import { type JsonSchema, jsonSchemaOf } from '@mgmt-review/eventsourcing';
import type { Ajv, Options as AjvOptions } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { CommandRoute } from './commandRoutes.js';

/**
 * The rules of the core's refined codecs, as JSON Schema. Each states exactly what the codec
 * accepts (the differential test holds them to it); a rule no pattern can state — a calendar day
 * inside a date-time, week 53 only in years that have one — is a named format whose check is the
 * codec's own, and the pattern still tells a client the shape.
 */
const refinements: Readonly<Record<string, (base: JsonSchema) => JsonSchema>> = {
  Id: (base) => ({ ...base, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,149}$' }),
  NonEmptyString: (base) => ({ ...base, pattern: '\\S' }),
  IsoDate: (base) => ({ ...base, format: 'date' }),
  IsoDateTime: (base) => ({
    ...base,
    pattern:
      '^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$',
    format: 'IsoDateTime',
  }),
  Period: (base) => ({ ...base, pattern: '^\\d{4}(-(W\\d{2}|\\d{2}|Q\\d|H\\d))?$', format: 'Period' }),
  PositiveInt: () => ({ type: 'integer', minimum: 1 }),
  ResponseCount: () => ({ type: 'integer', minimum: 0 }),
  // JSON carries finite numbers only.
  MeasuredValue: (base) => base,
  ConsultationScore: (base) => base,
  ResponseRate: (base) => ({ ...base, minimum: 0, maximum: 1 }),
  Digest: (base) => ({ ...base, pattern: '^[0-9a-f]{64}$' }),
  PositionText: (base) => ({ ...base, pattern: '^(0|[1-9][0-9]*)$' }),
  ControlRef: (base) => ({ ...base, pattern: '^A\\.[5-8]\\.\\d{1,2}$' }),
  // Whatever arrives as JSON is plain JSON.
  JsonContent: (base) => base,
};

/** The schema of a refinement the core defines, or undefined for one it does not (then the walker throws). */
export const coreRefinement = (name: string, base: JsonSchema): JsonSchema | undefined => {
  if (name.startsWith('NonEmptyArray<') && base.type === 'array') return { ...base, minItems: 1 };
  return refinements[name]?.(base);
};

/** The formats the refinements name, each checked by its codec. */
const codecFormats = { IsoDateTime: IsoDateTime.is, Period: Period.is };

/**
 * The body schema of a command route: its codec's schema, where the fields the facade fills in
 * (`at`, generated ids) may be left out.
 */
export const bodySchemaOf = (route: CommandRoute): JsonSchema => {
  const schema = jsonSchemaOf(route.codec, { refinement: coreRefinement });
  if (schema.type !== 'object' || !Array.isArray(schema.required)) {
    throw new TypeError(`the input of ${route.path} is not an object`);
  }
  return { ...schema, required: schema.required.filter((field) => !route.optional.includes(field as string)) };
};

/**
 * How the service's Ajv validates: it neither strips unknown fields nor coerces types nor fills
 * defaults, so the schema refuses what the codec would refuse instead of repairing it.
 */
export const ajvOptions: AjvOptions = {
  removeAdditional: false,
  coerceTypes: false,
  useDefaults: false,
  allErrors: true,
};

/** Adds the formats the schemas name (ajv-formats' `date`, and the codecs' own) to an Ajv instance. */
export const addSchemaFormats = (ajv: Ajv): Ajv => {
  ajvFormats.default(ajv, ['date']);
  for (const [name, check] of Object.entries(codecFormats)) ajv.addFormat(name, { type: 'string', validate: check });
  return ajv;
};
