import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuidV5.js';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('name-based UUIDs (RFC 9562 version 5)', () => {
  it('gives the example value of RFC 9562 Appendix A.4 for www.example.com in the DNS namespace', () => {
    expect(uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('carries version 5 and the RFC variant, and differs by name', () => {
    const a = uuidV5(DNS_NAMESPACE, 'a');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5(DNS_NAMESPACE, 'b')).not.toBe(a);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('acme', 'x')).toThrow(/not a UUID/);
  });
});
