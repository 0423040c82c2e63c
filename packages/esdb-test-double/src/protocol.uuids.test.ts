import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { uuidFor, uuidOf } from './protocol.js';

describe('UUIDs on the wire', () => {
  prop.prop([fc.uuid(), fc.boolean()], { numRuns: 200 })(
    'a UUID sent as a string or as two signed 64-bit halves reads back as the same UUID',
    (uuid, structured) => {
      const wire = uuidFor(uuid, structured);
      expect(wire.hasStructured()).toBe(structured);
      expect(uuidOf(wire)).toBe(uuid.toLowerCase());
    },
  );
});
