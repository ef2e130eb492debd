import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchSection } from './types.js';

/**
 * `npm run bench`: runs each benchmark module listed here (those present), prints one table and
 * writes bench/results.json. Add a benchmark by writing `bench/<name>.ts` with a `run()` export
 * and adding its name below. `npm run bench -- commands` runs only the named modules; the other
 * modules' sections already in bench/results.json are kept.
 */
const MODULES = ['poll', 'match', 'commands', 'latency'] as const;
const selected = process.argv.slice(2);
const unknown = selected.filter((name) => !(MODULES as readonly string[]).includes(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench ${unknown.join(', ')}: choose from ${MODULES.join(', ')}\n`);
  process.exit(1);
}

async function runAll(): Promise<BenchSection[]> {
  const sections: BenchSection[] = [];
  for (const name of MODULES) {
    if (selected.length > 0 && !selected.includes(name)) continue;
    const url = new URL(`./${name}.ts`, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    const module = (await import(url.href)) as BenchModule;
    process.stderr.write(`running ${name}…\n`);
    sections.push(await module.run());
  }
  return sections;
}

function printTable(sections: readonly BenchSection[]): void {
  const lines = sections.flatMap((section) =>
    section.rows.map((row) => [
      section.name,
      row.measure,
      `${row.value}${row.unit ? ` ${row.unit}` : ''}`,
      row.target ?? '',
      row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL',
    ]),
  );
  const header = ['bench', 'measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  process.stdout.write(`${[format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n')}\n`);
}

/** The sections of an earlier run that this run did not redo. */
function keptSections(path: string, fresh: readonly BenchSection[]): BenchSection[] {
  if (selected.length === 0 || !existsSync(path)) return [];
  const earlier = JSON.parse(readFileSync(path, 'utf8')) as { sections?: BenchSection[] };
  return (earlier.sections ?? []).filter((s) => !fresh.some((f) => f.name === s.name));
}

const resultsPath = fileURLToPath(new URL('./results.json', import.meta.url));
const fresh = await runAll();
printTable(fresh);
const sections = [...keptSections(resultsPath, fresh), ...fresh];
const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30) };
writeFileSync(
  resultsPath,
  `${JSON.stringify({ at: new Date().toISOString(), machine, sections }, null, 2)}\n`,
);
process.stderr.write('wrote bench/results.json\n');
