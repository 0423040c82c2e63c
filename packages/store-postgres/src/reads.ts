import {
  type GlobalPosition,
  type ReadError,
  type ReadStreamOptions,
  type StoredEvent,
  type StoredStreamHead,
  storeUnavailable,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, queryOnce } from './connection.js';
import { EVENT_COLUMNS, type EventRow, positionParameter, rowToEvent, toPosition } from './rows.js';

const UNBOUNDED = 2_147_483_647;

/** Rows no transaction can commit below any more (see writeStatements.ts): what tenant-wide reads return. */
const FINAL = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';

/** The query for a tenant's head position (`$1`: the tenant): its last final event's position. */
export const tenantHeadQuery = (schema: string): string =>
  `SELECT max(position) AS position FROM "${schema}".events WHERE tenant_id = $1 AND ${FINAL}`;

export interface HeadRow {
  readonly position: string | number | null;
}

/** The head position a `tenantHeadQuery` returned: `0n` for a tenant without events. */
export const headOf = (rows: readonly HeadRow[]): GlobalPosition => {
  const head = rows[0]?.position ?? null;
  return head === null ? 0n : toPosition(head);
};

/** The store's queries: a stream by versions, a tenant's final events after a position, heads. */
export const createReads = (connector: Connector, schema: string) => {
  const readAfter =
    (tenantId: string, size: number) =>
    async (after: bigint): Promise<StoredEvent[]> =>
      (
        await queryOnce<EventRow>(
          connector,
          `SELECT ${EVENT_COLUMNS} FROM "${schema}".events
           WHERE tenant_id = $1 AND position > $2 AND ${FINAL} ORDER BY position LIMIT $3`,
          [tenantId, positionParameter(after), size],
        )
      ).map(rowToEvent);

  const readStream = async (
    tenantId: string,
    streamId: string,
    read: ReadStreamOptions,
  ): Promise<Either<ReadError, readonly StoredEvent[]>> => {
    const valid = validateStreamId(streamId);
    if (isLeft(valid)) return valid;
    try {
      // The same meaning as the kernel's selectVersions: bounds inclusive and clamped to the stream.
      const backwards = read.direction === 'backwards';
      const low = backwards ? Math.max(read.to ?? 1, 1) : Math.max(read.from ?? 1, 1);
      const high = Math.min(backwards ? (read.from ?? UNBOUNDED) : (read.to ?? UNBOUNDED), UNBOUNDED);
      const limit = Math.max(0, Math.ceil(Math.min(read.maxCount ?? UNBOUNDED, UNBOUNDED)));
      const rows = await queryOnce<EventRow>(
        connector,
        `SELECT ${EVENT_COLUMNS} FROM "${schema}".events
         WHERE tenant_id = $1 AND stream_id = $2 AND stream_version BETWEEN $3 AND $4
         ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'} LIMIT $5`,
        [tenantId, streamId, low, high, limit],
      );
      return right(rows.map(rowToEvent));
    } catch (error) {
      return left(storeUnavailable(`PostgreSQL read of ${streamId} failed: ${(error as Error).message}`, error));
    }
  };

  const headPosition = async (tenantId: string): Promise<GlobalPosition> =>
    headOf(await queryOnce<HeadRow>(connector, tenantHeadQuery(schema), [tenantId]));

  const tenants = async (): Promise<readonly string[]> =>
    (
      await queryOnce<{ tenant_id: string }>(
        connector,
        `SELECT DISTINCT tenant_id FROM "${schema}".streams ORDER BY tenant_id`,
      )
    ).map((row) => row.tenant_id);

  /** Up to `size` of a tenant's stored heads after a stream id, by stream id (keyset batches). */
  const streamHeadsAfter =
    (tenantId: string, size: number) =>
    async (after: string): Promise<StoredStreamHead[]> =>
      (
        await queryOnce<{ stream_id: string; version: number; last_hash: string }>(
          connector,
          `SELECT stream_id, version, last_hash FROM "${schema}".streams
           WHERE tenant_id = $1 AND stream_id > $2 ORDER BY stream_id LIMIT $3`,
          [tenantId, after, size],
        )
      ).map((row) => ({ streamId: row.stream_id, version: Number(row.version), hash: row.last_hash }));

  return { readAfter, readStream, headPosition, tenants, streamHeadsAfter };
};
