import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { InvalidSchemaName } from './errors.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export const DEFAULT_SCHEMA = 'mgmt_review';

/** A schema name the store can quote safely: a lower-case SQL identifier of at most 63 characters. */
export const validateSchemaName = (schema: string): Either<InvalidSchemaName, string> =>
  IDENTIFIER.test(schema)
    ? right(schema)
    : left({
        _tag: 'InvalidSchemaName',
        schema,
        message: `schema name "${schema}" must be a lower-case identifier: a letter or _, then letters, digits or _ (at most 63)`,
      });
