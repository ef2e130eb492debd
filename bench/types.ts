/** One measured row of a benchmark table. */
export interface BenchRow {
  /** What was measured, e.g. `cold cycle (sahel-digest)`. */
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  /** Human-readable target, e.g. `≤ 2.5 s`; absent for baselines. */
  readonly target?: string;
  /** Whether the target was met; absent when there is no target. */
  readonly pass?: boolean;
}

/** What each benchmark module (`bench/<name>.ts`) returns from its `run()` export. */
export interface BenchSection {
  readonly name: string;
  readonly rows: readonly BenchRow[];
  /** Free-form extra figures kept in results.json (ratios, counts, settings). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type BenchModule = { run(): Promise<BenchSection> };
