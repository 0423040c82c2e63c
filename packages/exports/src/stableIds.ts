import { URL_NAMESPACE, uuidV5 } from './uuidV5.js';

/**
 * Stable identifiers of exported items: UUIDs v5 derived from the tenant and the item's id in the
 * history, so an item keeps its UUID (iCalendar UID, OSCAL uuid) across exports, and two tenants'
 * items never share one.
 */

/** The namespace every tenant's namespace is derived from. */
const EXPORTS_NAMESPACE = uuidV5(URL_NAMESPACE, 'urn:mgmt-review:exports');

/** The UUID of one exported item: `kind` says what it is (`review`, `action-due`, `finding`…), `id` which. */
export const stableUuid = (tenantId: string, kind: string, id: string): string =>
  uuidV5(uuidV5(EXPORTS_NAMESPACE, `tenant:${tenantId}`), `${kind}:${id}`);
