import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';

/**
 * Writes the demo's configuration folder: the operator's knowledge base (watchlist, facts,
 * timeline) copied as it is, the settings with a backfill large enough for the first poll to
 * feed the digest, the demo feeds at the local server's URLs, and two console subscriptions.
 */

export interface DemoFeedEntry {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly language: 'en' | 'fr';
}

export interface DemoConfigOptions {
  /** The configuration folder to start from (usually `config/`). */
  readonly sourceDir: string;
  /** An empty folder to write into. */
  readonly targetDir: string;
  readonly feeds: readonly DemoFeedEntry[];
  /** The alert query of the console alert channel. */
  readonly alertQuery: string;
  /** Items of a first poll that may reach digests. */
  readonly backfill: number;
}

/** Console channel names the demo prints under. */
export const DEMO_CHANNELS = { alerts: 'demo-alerts', digest: 'demo-digest' } as const;

const COPIED = ['watchlist.yaml', 'facts.yaml', 'timeline.yaml'] as const;

function settingsWithBackfill(sourceDir: string, backfill: number): string {
  const path = join(sourceDir, 'settings.yaml');
  const doc = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : parseDocument('{}');
  doc.setIn(['polling', 'backfill'], backfill);
  return doc.toString();
}

/** Writes the demo configuration into `targetDir`; throws, naming the file, when one is missing. */
export function writeDemoConfig(options: DemoConfigOptions): void {
  const { sourceDir, targetDir } = options;
  for (const file of COPIED) {
    const source = join(sourceDir, file);
    if (!existsSync(source)) {
      throw new Error(
        `${source}: not found (the demo uses the watchlist, facts and timeline of --config)`,
      );
    }
    copyFileSync(source, join(targetDir, file));
  }
  writeFileSync(
    join(targetDir, 'settings.yaml'),
    settingsWithBackfill(sourceDir, options.backfill),
  );
  const header =
    '# Written by `sahel-digest demo`: the bundled sample feeds, served on 127.0.0.1.\n';
  const feeds = options.feeds.map((f) => ({
    id: f.id,
    url: f.url,
    name: f.name,
    language: f.language,
    tier: 2,
  }));
  writeFileSync(join(targetDir, 'feeds.yaml'), header + stringify({ feeds }));
  const subscriptions = [
    {
      platform: 'console',
      channel: DEMO_CHANNELS.alerts,
      kind: 'alert',
      query: options.alertQuery,
    },
    {
      platform: 'console',
      channel: DEMO_CHANNELS.digest,
      kind: 'digest',
      cron: '0 8 * * *',
      timezone: 'Africa/Bamako',
    },
  ];
  writeFileSync(join(targetDir, 'subscriptions.yaml'), header + stringify({ subscriptions }));
}
