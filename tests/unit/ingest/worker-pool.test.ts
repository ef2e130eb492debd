import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../../src/ingest/worker-pool.js';

type Input = { body: Buffer; fail?: boolean; spinMs?: number };
type Output = { isBuffer: boolean; text: string };

let pool: WorkerPool<Input, Output> | undefined;
afterEach(async () => pool?.close());

const start = (size: number) =>
  createWorkerPool<Input, Output>({
    moduleUrl: new URL('../../fixtures/workers/echo-worker.ts', import.meta.url),
    exportName: 'inspect',
    size,
  });

describe('createWorkerPool', () => {
  it('runs a TypeScript module in a worker and gives Buffers back as Buffers', async () => {
    pool = start(1);
    await expect(pool.run({ body: Buffer.from([0x63, 0x61, 0x66, 0xe9]) })).resolves.toEqual({ isBuffer: true, text: 'café' });
  });

  it('loads a JavaScript module without the TypeScript loader, and a TypeScript one with it', async () => {
    const plain = createWorkerPool<Record<string, never>, boolean>({
      moduleUrl: new URL('../../fixtures/workers/plain-worker.mjs', import.meta.url),
      exportName: 'canLoadTypeScript',
      size: 1,
    });
    try {
      await expect(plain.run({})).resolves.toBe(false);
    } finally {
      await plain.close();
    }
    pool = start(1);
    await expect(pool.run({ body: Buffer.from('ok') })).resolves.toEqual({ isBuffer: true, text: 'ok' });
  });

  it('moves a Buffer that owns its memory to the worker when asked, and copies a pooled one', async () => {
    pool = createWorkerPool<Input, Output>({
      moduleUrl: new URL('../../fixtures/workers/echo-worker.ts', import.meta.url),
      exportName: 'inspect',
      size: 1,
      moveBuffers: true,
    });
    const own = Buffer.alloc(8192, 0x61);
    await expect(pool.run({ body: own })).resolves.toMatchObject({ isBuffer: true, text: 'a'.repeat(8192) });
    expect(own.byteLength).toBe(0);
    const pooled = Buffer.from('pooled');
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    await expect(pool.run({ body: pooled })).resolves.toMatchObject({ text: 'pooled' });
    expect(pooled.toString()).toBe('pooled');
  });

  it('rejects the job, not the pool, when the function throws', async () => {
    pool = start(1);
    await expect(pool.run({ body: Buffer.alloc(0), fail: true })).rejects.toThrow('refused by the worker');
    await expect(pool.run({ body: Buffer.from('ok') })).resolves.toMatchObject({ text: 'ok' });
    expect(pool.pending()).toBe(0);
  });

  it('builds each worker\'s function once from a factory and its init data', async () => {
    const greeter = createWorkerPool<{ name: string }, string>({
      moduleUrl: new URL('../../fixtures/workers/echo-worker.ts', import.meta.url),
      exportName: 'createGreeter',
      size: 1,
      init: { greeting: 'Salam' },
    });
    try {
      await expect(greeter.run({ name: 'Gao' })).resolves.toBe('Salam, Gao');
    } finally {
      await greeter.close();
    }
  });

  it('starts workers with a small young generation unless told otherwise', async () => {
    const limits = (youngGenerationMb?: number) =>
      createWorkerPool<Record<string, never>, { maxYoungGenerationSizeMb?: number }>({
        moduleUrl: new URL('../../fixtures/workers/echo-worker.ts', import.meta.url),
        exportName: 'heapLimits',
        size: 1,
        ...(youngGenerationMb === undefined ? {} : { youngGenerationMb }),
      });
    const byDefault = limits();
    const wider = limits(32);
    try {
      await expect(byDefault.run({})).resolves.toMatchObject({ maxYoungGenerationSizeMb: 8 });
      await expect(wider.run({})).resolves.toMatchObject({ maxYoungGenerationSizeMb: 32 });
    } finally {
      await Promise.all([byDefault.close(), wider.close()]);
    }
  });

  it('keeps the main event loop free while workers are busy', async () => {
    pool = start(2);
    await pool.run({ body: Buffer.from('warm-up') });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await Promise.all([1, 2, 3, 4].map(() => pool!.run({ body: Buffer.from('x'), spinMs: 150 })));
    delay.disable();
    expect(delay.max / 1e6).toBeLessThan(100);
  });
});
