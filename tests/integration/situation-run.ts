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

/**
 * Starts the feed and writes a CLI folder with `subscriptions` (YAML lines after
 * `subscriptions:`); each of `others` is one more feed (`/<id>.xml`, named `Outlet <id>`),
 * empty until a test routes it.
 */
export async function startSituationRun(
  prefix: string,
  subscriptions: readonly string[],
  env: () => Record<string, string>,
  others: readonly string[] = [],
): Promise<SituationRun> {
  const server = await startFeedServer({
    '/one.xml': { body: freshRss([OLD]), headers: XML },
    ...Object.fromEntries(others.map((id) => [`/${id}.xml`, { body: freshRss([]), headers: XML }])),
  });
  const feed = (id: string, name: string): string =>
    `  - { id: ${id}, url: "${server.url(`/${id}.xml`)}", name: ${name}, language: en, tier: 1 }\n`;
  const dir = makeCliFolder(prefix, {
    feeds: [
      'feeds:\n',
      feed('one', 'Outlet One'),
      ...others.map((id) => feed(id, `Outlet ${id}`)),
    ].join(''),
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
