import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import {
  FUEL_BLOCKADE,
  freshRss,
  makeCliFolder,
  runCli,
  RSS_HEADERS as XML,
  type CliRun,
} from './cli-fixture.js';

const { OLD, FIRST, SECOND } = FUEL_BLOCKADE;

/**
 * A developing situation told by one outlet's feed over `sahel-digest once` runs, for the
 * platform tests of arcs (forum posts, threads): the feed first holds an old report only, then
 * the situation's first development, then its second.
 */
export interface SituationRun {
  readonly server: FeedServer;
  /** The CLI folder: config and bot.db. */
  readonly dir: string;
  /** One `sahel-digest once` with the platform's environment. */
  once(): Promise<CliRun>;
  /** Seeds the feed with the old report, then serves the two developments one run at a time; each run must exit 0. */
  playBothDevelopments(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the feed and writes a CLI folder with `subscriptions` (YAML lines after `subscriptions:`). */
export async function startSituationRun(
  prefix: string,
  subscriptions: readonly string[],
  env: () => Record<string, string>,
): Promise<SituationRun> {
  const server = await startFeedServer({ '/one.xml': { body: freshRss([OLD]), headers: XML } });
  const dir = makeCliFolder(prefix, {
    feeds: `feeds:\n  - { id: one, url: "${server.url('/one.xml')}", name: Outlet One, language: en, tier: 1 }\n`,
    subscriptions: ['subscriptions:', ...subscriptions, ''].join('\n'),
  });
  const once = (): Promise<CliRun> => runCli(dir, ['once'], env());
  return {
    server,
    dir,
    once,
    async playBothDevelopments() {
      for (const items of [
        [OLD, FIRST],
        [OLD, FIRST, SECOND],
      ]) {
        server.route('/one.xml', { body: freshRss(items), headers: XML });
        const run = await once();
        expect(run.code, run.stderr).toBe(0);
      }
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
