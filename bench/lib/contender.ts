import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { FARM } from './feed-farm.js';

/** What each contender process prints as its last line, after `RESULT `. */
export interface ContenderResult {
  readonly name: string;
  readonly coldMs: number;
  readonly warmMs?: number;
  /** CPU time of the whole process (all threads) during the cold run, ms. */
  readonly coldCpuMs?: number;
  /** Max event-loop delay during the cold run, ms. */
  readonly coldLoopMaxMs: number;
  /** Peak resident set size of the whole process (all threads), MB. */
  readonly peakRssMb: number;
  readonly items: number;
  readonly warmParses?: number;
  readonly notes?: Readonly<Record<string, unknown>>;
}

/** The farm's feed URLs on the given port. */
export function farmUrls(port: number): string[] {
  return Array.from({ length: FARM.feeds }, (_, f) => `http://127.0.0.1:${port}/feed/${f}.xml`);
}

/**
 * Runs `fn`, returning its duration, the worst event-loop delay seen meanwhile and the CPU time
 * the whole process (every thread) spent: on a shared machine the CPU time varies far less than
 * the wall time.
 */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; loopMaxMs: number; cpuMs: number; threadCpuMs: ThreadCpu }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const cpu = process.cpuUsage();
  const threads = threadCpuTicks();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const threadCpuMs = threadCpuSince(threads);
  histogram.disable();
  return { value, ms, loopMaxMs: histogram.max / 1e6, cpuMs: (used.user + used.system) / 1000, threadCpuMs };
}

/** CPU time of the main thread and of the busiest other threads (workers, GC helpers), ms. */
export interface ThreadCpu {
  readonly main: number;
  readonly others: readonly number[];
}

/** Linux clock ticks of CPU per thread of this process (empty where /proc is missing). */
function threadCpuTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      // Fields after the command name (which may hold spaces): utime and stime are 12th and 13th.
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(tid, Number(fields[11]) + Number(fields[12]));
    }
  } catch {
    // not Linux: no per-thread figures
  }
  return ticks;
}

const MS_PER_TICK = 10;

function threadCpuSince(before: ReadonlyMap<string, number>): ThreadCpu {
  const after = threadCpuTicks();
  const spent = [...after].map(([tid, t]) => [tid, (t - (before.get(tid) ?? 0)) * MS_PER_TICK] as const);
  const main = spent.find(([tid]) => tid === String(process.pid))?.[1] ?? 0;
  const others = spent.filter(([tid]) => tid !== String(process.pid)).map(([, ms]) => ms).filter((ms) => ms > 0).sort((a, b) => b - a);
  return { main, others: others.slice(0, 8) };
}

/** Peak RSS of this process so far, MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Runs `worker` over `inputs` with at most `concurrency` in flight. */
export async function eachLimited<T>(
  inputs: readonly T[],
  concurrency: number,
  worker: (input: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < inputs.length) {
      const input = inputs[next] as T;
      next += 1;
      await worker(input);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

/** Prints the result line the harness reads. */
export function report(result: ContenderResult): void {
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

/**
 * Runs a simple contender: one cold round and one warm round over every farm feed, 16 requests
 * in flight, then reports. `poll` returns the item keys it parsed, or null when it did not parse.
 */
export async function runTwoRounds(
  name: string,
  urls: readonly string[],
  poll: (url: string) => Promise<readonly string[] | null>,
): Promise<void> {
  const seen = new Set<string>();
  let parses = 0;
  const once = async (url: string): Promise<void> => {
    const keys = await poll(url);
    if (keys === null) return;
    parses += 1;
    for (const key of keys) seen.add(key);
  };
  const cold = await timed(() => eachLimited(urls, 16, once));
  const parsesBefore = parses;
  const warm = await timed(() => eachLimited(urls, 16, once));
  report({
    name,
    coldMs: cold.ms,
    warmMs: warm.ms,
    coldCpuMs: cold.cpuMs,
    coldLoopMaxMs: cold.loopMaxMs,
    peakRssMb: peakRssMb(),
    items: seen.size,
    warmParses: parses - parsesBefore,
  });
}
