import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { measureAlertLatency } from './lib/alert-latency.js';
import { measureCommandLatency } from './lib/command-latency.js';
import type { LatencySummary } from './lib/latency-stats.js';
import type { BenchRow, BenchSection } from './types.js';

/**
 * Latency as a user feels it (issues 13 and 14, `npm run bench -- latency`):
 * - alert latency: an item served by a feed → the alert accepted by the fake Discord and by the
 *   fake Slack, through the real poll, stories, outbox worker, discord.js REST and Slack
 *   WebClient; 200 items published one every 75 ms, as news arrives (which also keeps Discord's
 *   REST under its 50 requests per second); see ./lib/alert-latency.ts;
 * - command latency: `/mali timeline` sent every 100 ms over a fake gateway to the real
 *   discord.js bot while cold cycles of the 1,000-feed farm run in the same process, dispatch →
 *   interaction callback accepted; see ./lib/command-latency.ts.
 */

const ALERT_ITEMS = 200;
const ALERT_PACE_MS = 75;
const COLD_CYCLES = 3;
const ALERT_TARGET_MS = 300;
const COMMAND_TARGET_MS = 250;

function rows(label: string, summary: LatencySummary, targetMs: number): BenchRow[] {
  return [
    { measure: `${label} p50`, value: summary.p50, unit: 'ms' },
    {
      measure: `${label} p99`,
      value: summary.p99,
      unit: 'ms',
      target: `≤ ${targetMs} ms`,
      pass: summary.p99 <= targetMs,
    },
    { measure: `${label} max`, value: summary.max, unit: 'ms' },
  ];
}

export async function run(): Promise<BenchSection> {
  const alerts = await measureAlertLatency(ALERT_ITEMS, ALERT_PACE_MS);
  (globalThis as { gc?: () => void }).gc?.();
  const commands = await measureCommandLatency(COLD_CYCLES);
  const n = commands.latency.count;
  return {
    name: 'latency',
    rows: [
      ...rows(`alert → fake Discord (${alerts.discord.count} items)`, alerts.discord, ALERT_TARGET_MS),
      ...rows(`alert → fake Slack (${alerts.slack.count} items)`, alerts.slack, ALERT_TARGET_MS),
      ...rows(`/mali timeline during a cold cycle, gateway → callback (${n})`, commands.latency, COMMAND_TARGET_MS),
      {
        measure: 'interactions left unanswered during the cold cycles',
        value: commands.unanswered,
        unit: '',
        target: '= 0',
        pass: commands.unanswered === 0,
      },
    ],
    details: {
      alerts: {
        ...alerts,
        path: 'feed server → pollOnce(feed) → stories → outbox worker → discord.js REST / Slack WebClient → fakes, all in one process',
        from: 'end of the feed response that first carried the item',
        to: "the fake's record of the accepted create call (Discord message create, Slack chat.postMessage)",
        warmup: 'the first 5 items are not counted',
      },
      commands: {
        ...commands,
        interval: '100 ms',
        setup: 'farm in its own process; fake Discord + gateway in its own process (it times); app + discord.js bot in this process, feeds pre-seeded so every item is matched and stored, delivery not wired',
      },
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  for (const row of section.rows) process.stdout.write(`${row.measure}: ${row.value} ${row.unit}\n`);
}
