import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { CommandFailed, ruleBroken } from './errors.js';
import { runOrThrow } from './promise.js';

describe('the Promise facade', () => {
  it('resolves with the result of a task that succeeds', async () => {
    await expect(runOrThrow(async () => right(42))).resolves.toBe(42);
  });

  it('rejects with CommandFailed carrying the tagged error of a task that fails', async () => {
    const error = ruleBroken('counter.open', 'only an open counter counts');
    const rejected = await runOrThrow(async () => left(error)).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(CommandFailed);
    expect((rejected as CommandFailed<typeof error>).error).toEqual(error);
    expect((rejected as Error).message).toBe('only an open counter counts (counter.open)');
  });
});
