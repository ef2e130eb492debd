import { expect } from 'vitest';
import { FUEL_BLOCKADE, freshRss, RSS_HEADERS as XML, type CliRun } from './cli-fixture.js';
import { startSituationRun, type SituationRun } from './situation-run.js';

/** JNIM's attack near Kidal as one outlet first tells it, then a second outlet. */
const FIRST = {
  guid: 'k1',
  title: 'JNIM claims attack near Kidal',
  description:
    'The al-Qaeda affiliate JNIM said it attacked an army convoy near Kidal in northern Mali, killing 12 soldiers.',
};
const SECOND = {
  guid: 'k2',
  title: 'JNIM says it attacked army convoy near Kidal, killing 12 soldiers',
  description:
    'JNIM, the al-Qaeda affiliate, claimed an attack on an army convoy near Kidal in northern Mali that killed 12 soldiers.',
};

/**
 * One story over `sahel-digest once` runs, for the tests of what scheduled posts show: feeds
 * `one` and `two` are seeded, then `one` reports JNIM's attack near Kidal (an alert for
 * `Kidal AND attack`), and on `secondOutlet` `two` reports it too (the alert's edit).
 */
export interface KidalStoryRun extends Pick<SituationRun, 'server' | 'dir' | 'close'> {
  /** The run that delivered the first report's alerts. */
  readonly delivered: CliRun;
  /** One `sahel-digest once` with the platform's environment; it must exit 0. */
  once(): Promise<CliRun>;
  /** Feed `two` reports the same story, then one run. */
  secondOutlet(): Promise<CliRun>;
}

/** Writes a CLI folder with `subscriptions` (YAML lines), seeds its feeds and plays the first report. */
export async function startKidalStoryRun(
  prefix: string,
  subscriptions: readonly string[],
  env: () => Record<string, string> = () => ({}),
): Promise<KidalStoryRun> {
  const run = await startSituationRun(prefix, subscriptions, env, ['two']);
  const once = async (): Promise<CliRun> => {
    const done = await run.once();
    expect(done.code, done.stderr).toBe(0);
    return done;
  };
  await once();
  run.server.route('/one.xml', { body: freshRss([FUEL_BLOCKADE.OLD, FIRST]), headers: XML });
  const delivered = await once();
  return {
    server: run.server,
    dir: run.dir,
    close: () => run.close(),
    delivered,
    once,
    secondOutlet() {
      run.server.route('/two.xml', { body: freshRss([SECOND]), headers: XML });
      return once();
    },
  };
}
