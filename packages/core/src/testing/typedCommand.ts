import type { Actor } from '@mgmt-review/eventsourcing';

/**
 * Sample commands of one aggregate, typed by their data: `const audit = typedCommand<AuditCommand>()`,
 * then `audit('StartAudit', actor, { auditId, at })`.
 */
export const typedCommand =
  <C extends { readonly type: string; readonly data: unknown }>() =>
  <K extends C['type']>(type: K, actor: Actor, data: Extract<C, { type: K }>['data']): Extract<C, { type: K }> =>
    ({ type, actor, data }) as unknown as Extract<C, { type: K }>;
