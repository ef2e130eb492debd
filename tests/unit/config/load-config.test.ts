import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConfigIssue, loadConfig } from '../../../src/config/load-config.js';

const VALID = 'tests/fixtures/config/valid';
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture with some files replaced (text) or removed (null). */
function configWith(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-config-'));
  made.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The formatted issues, with the temporary folder shown as `config`. */
function issuesOf(files: Record<string, string | null>): string[] {
  const dir = configWith(files);
  const loaded = loadConfig(dir);
  if (loaded.ok) return [];
  return loaded.error.map((issue) =>
    formatConfigIssue({ ...issue, file: issue.file.replace(dir, 'config') }),
  );
}

/** The fixture's text of `name` with `from` replaced by `to` (which must occur). */
function edited(name: string, from: string, to: string): Record<string, string> {
  const text = readFileSync(join(VALID, name), 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${name} has no ${from}`);
  return { [name]: text.replace(from, to) };
}

const feed = (lines: string): string =>
  `feeds:\n  - id: rfi-en\n    url: https://www.rfi.fr/en/africa/rss\n${lines}`;

describe('loadConfig on a valid folder', () => {
  const loaded = loadConfig(VALID);
  if (!loaded.ok) throw new Error(loaded.error.map(formatConfigIssue).join('\n'));
  const config = loaded.value;

  it('turns feed durations into milliseconds and fills defaults from settings', () => {
    expect(config.feeds).toEqual([
      {
        id: 'rfi-en',
        url: 'https://www.rfi.fr/en/africa/rss',
        name: 'RFI English — Africa',
        language: 'en',
        tier: 1,
        intervalMs: 600_000,
      },
      {
        id: 'studio-tamani',
        url: 'https://www.studiotamani.org/feed/',
        name: 'Studio Tamani',
        language: 'fr',
        tier: 2,
        intervalMs: 1_200_000,
      },
    ]);
  });

  it('fills the settings defaults of docs/configuration.md and renames the polling keys', () => {
    expect(config.settings).toEqual({
      locale: 'en',
      timezone: 'Africa/Bamako',
      countries: [
        { entity: 'mali', command: 'mali' },
        { entity: 'burkina-faso', command: 'burkina' },
        { entity: 'niger', command: 'niger' },
      ],
      digest: { cron: '0 8 * * *', size: 10, empty: 'skip' },
      polling: {
        tick: '* * * * *',
        defaultIntervalMs: 20 * 60_000,
        timeoutMs: 15_000,
        maxBytes: 2 * 1024 * 1024,
        maxRedirects: 5,
        concurrency: 16,
        perHostConcurrency: 2,
        disableAfterFailures: 10,
        maxBackoffMs: 24 * 3_600_000,
        backfill: 0,
      },
      stories: { windowHours: 72, arcDays: 7, arcLateDays: 60 },
      admins: { slack: [] },
      retentionDays: 90,
    });
  });

  it('defaults the optional entity fields to empty lists, false and weight 1', () => {
    expect(config.watchlist.entities.find((e) => e.id === 'niger')).toEqual({
      id: 'niger',
      kind: 'state',
      name: 'Niger',
      aliases: { en: ['Niger'], fr: [] },
      acronyms: [],
      ambiguous: [],
      requires: [],
      excludes: ['Nigeria', 'Niger Delta'],
      descriptors: [],
      vetoes: [],
      contextOnly: false,
      countries: [],
      facts: [],
      weight: 1,
    });
    expect(config.watchlist.entities.find((e) => e.id === 'jnim')).toMatchObject({
      nameFr: 'JNIM (GSIM)',
      weight: 2,
    });
  });

  it('keeps facts and timeline events as written, with empty lists for absent optional keys', () => {
    expect(config.facts[0]).toEqual({
      id: 'mali',
      title: 'Mali',
      text: 'A landlocked country in West Africa.',
      keyDates: [],
      sources: [{ name: 'Britannica', url: 'https://www.britannica.com/place/Mali' }],
      entities: ['mali'],
    });
    expect(config.timeline[1]).toMatchObject({ date: '1991-03', entities: [], tags: ['coup'] });
  });

  it('fills a digest subscription cron and time zone from the settings', () => {
    expect(config.subscriptions).toEqual([
      {
        platform: 'discord',
        channel: '123456789012345678',
        kind: 'alert',
        query: 'Kidal OR Ménaka',
      },
      {
        platform: 'slack',
        channel: 'C0123456789',
        kind: 'digest',
        locale: 'fr',
        cron: '0 8 * * *',
        timezone: 'Africa/Bamako',
      },
    ]);
  });
});

describe('loadConfig files', () => {
  it('treats a missing subscriptions.yaml as no subscriptions', () => {
    const loaded = loadConfig(configWith({ 'subscriptions.yaml': null }));
    expect(loaded.ok && loaded.value.subscriptions).toEqual([]);
  });

  it('accepts an empty settings.yaml as all defaults', () => {
    const loaded = loadConfig(configWith({ 'settings.yaml': '# defaults\n' }));
    expect(loaded.ok && loaded.value.settings.polling.defaultIntervalMs).toBe(15 * 60_000);
  });

  it('reports a missing required file at 1:1', () => {
    expect(issuesOf({ 'facts.yaml': null })).toEqual([
      'config/facts.yaml:1:1 (file): file not found',
    ]);
  });

  it('reports a YAML syntax error at the parser position', () => {
    expect(issuesOf({ 'feeds.yaml': feed('    name: [RFI\n    language: en\n') })).toEqual([
      'config/feeds.yaml:5:5 (syntax): Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a duplicate YAML key as a syntax error', () => {
    expect(
      issuesOf({ 'feeds.yaml': feed('    name: RFI\n    name: RFI again\n    language: en\n') }),
    ).toEqual(['config/feeds.yaml:5:5 (syntax): Map keys must be unique']);
  });

  it('shows an absolute folder inside the working directory relative to it', () => {
    const loaded = loadConfig(resolve('tests/fixtures/config/broken'));
    expect(!loaded.ok && loaded.error[0]?.file).toBe('tests/fixtures/config/broken/feeds.yaml');
  });

  it('shows the file as the caller named it, relative to the working directory', () => {
    const loaded = loadConfig('tests/fixtures/config/broken');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error[0]?.file).toBe('tests/fixtures/config/broken/feeds.yaml');
  });
});

describe('loadConfig schema errors', () => {
  it('reports a value of the wrong type at its key', () => {
    expect(issuesOf(edited('watchlist.yaml', 'fr: [Mali, Malien*]', 'fr: Malien'))).toEqual([
      'config/watchlist.yaml:8:7 entities[0].aliases.fr: expected an array of strings',
    ]);
  });

  it('reports an unknown key at that key', () => {
    expect(issuesOf(edited('watchlist.yaml', '    requires: [', '    require: ['))).toEqual([
      'config/watchlist.yaml:10:5 entities[0].require: unknown key (did you mean requires?)',
    ]);
  });

  it('suggests the nearest key inside a defaulted section', () => {
    expect(issuesOf({ 'settings.yaml': 'polling:\n  intervall: 5m\n' })).toEqual([
      'config/settings.yaml:2:3 polling.intervall: unknown key (did you mean interval?)',
    ]);
  });

  it('lists the allowed keys when an unknown key is not a near miss', () => {
    const text = readFileSync(join(VALID, 'feeds.yaml'), 'utf8') + 'sources: []\n';
    expect(issuesOf({ 'feeds.yaml': text })).toEqual([
      'config/feeds.yaml:12:1 sources: unknown key (expected one of feeds)',
    ]);
  });

  it('reports a missing required key at the map that lacks it', () => {
    expect(issuesOf({ 'feeds.yaml': feed('    language: en\n') })).toEqual([
      'config/feeds.yaml:2:5 feeds[0].name: required',
    ]);
  });

  it('reports a value outside its choices with the choices', () => {
    expect(issuesOf({ 'feeds.yaml': feed('    name: RFI\n    language: de\n') })).toEqual([
      'config/feeds.yaml:5:5 feeds[0].language: expected one of en, fr, mixed (got "de")',
    ]);
  });

  it('reports a tier outside 1..3', () => {
    expect(
      issuesOf({ 'feeds.yaml': feed('    name: RFI\n    language: en\n    tier: 5\n') }),
    ).toEqual(['config/feeds.yaml:6:5 feeds[0].tier: expected 1, 2 or 3 (got 5)']);
  });

  it('reports a malformed duration', () => {
    expect(
      issuesOf({
        'feeds.yaml': feed('    name: RFI\n    language: en\n    interval: 10 minutes\n'),
      }),
    ).toEqual([
      'config/feeds.yaml:6:5 feeds[0].interval: expected a duration like 90s, 10m, 2h or 1d (got "10 minutes")',
    ]);
  });

  it('reports an id that is not kebab-case', () => {
    expect(
      issuesOf({
        'feeds.yaml':
          'feeds:\n  - id: RFI_en\n    url: https://www.rfi.fr/en/africa/rss\n    name: RFI\n    language: en\n',
      }),
    ).toEqual([
      'config/feeds.yaml:2:5 feeds[0].id: expected a lowercase kebab-case id (got "RFI_en")',
    ]);
  });

  it('reports a date that does not exist on the calendar', () => {
    expect(issuesOf(edited('timeline.yaml', "date: '2022-09-30'", "date: '2023-02-30'"))).toEqual([
      'config/timeline.yaml:17:5 events[2].date: date "2023-02-30" does not exist',
    ]);
  });

  it('reports a date in the wrong format', () => {
    expect(issuesOf(edited('facts.yaml', "date: '2017-03-02'", "date: '02/03/2017'"))).toEqual([
      "config/facts.yaml:12:5 facts[1].date: expected a date 'YYYY-MM-DD' or 'YYYY-MM' (got \"02/03/2017\")",
    ]);
  });

  it('reports a source URL that is not http(s)', () => {
    expect(
      issuesOf(
        edited(
          'facts.yaml',
          "url: 'https://www.britannica.com/place/Mali'",
          "url: 'ftp://britannica.com/mali'",
        ),
      ),
    ).toEqual([
      'config/facts.yaml:6:29 facts[0].sources[0].url: expected an http(s) URL (got "ftp://britannica.com/mali")',
    ]);
  });

  it('reports an invalid cron expression', () => {
    expect(issuesOf({ 'settings.yaml': "digest:\n  cron: '61 8 * * *'\n" })).toEqual([
      'config/settings.yaml:2:3 digest.cron: invalid cron expression "61 8 * * *": 61 is a invalid expression for minute',
    ]);
  });

  it('reports an unknown IANA time zone', () => {
    expect(issuesOf({ 'settings.yaml': 'timezone: Africa/Bamakoo\n' })).toEqual([
      'config/settings.yaml:1:1 timezone: unknown IANA time zone "Africa/Bamakoo"',
    ]);
  });

  it('reports an alert subscription without a query and an unquoted channel id', () => {
    const text =
      'subscriptions:\n  - platform: discord\n    channel: 123456789012345678\n    kind: alert\n';
    expect(issuesOf({ 'subscriptions.yaml': text })).toEqual([
      'config/subscriptions.yaml:2:5 subscriptions[0].query: required for an alert',
      'config/subscriptions.yaml:3:5 subscriptions[0].channel: expected a string (quote channel ids: "123456789012345678")',
    ]);
  });
});

/** The fixture watchlist with `extra` appended to its entities. */
function watchlistPlus(extra: string): Record<string, string> {
  return { 'watchlist.yaml': readFileSync(join(VALID, 'watchlist.yaml'), 'utf8') + extra };
}

describe('loadConfig cross-checks', () => {
  it('reports a duplicate feed id at the second one, naming the first', () => {
    expect(issuesOf(edited('feeds.yaml', '- id: studio-tamani', '- id: rfi-en'))).toEqual([
      'config/feeds.yaml:8:5 feeds[1].id: duplicate feed id "rfi-en" (first at feeds[0], line 2)',
    ]);
  });

  it('reports a feed URL listed twice, ignoring host case and a trailing slash', () => {
    expect(
      issuesOf(
        edited(
          'feeds.yaml',
          'url: https://www.studiotamani.org/feed/',
          'url: https://WWW.RFI.fr/en/africa/rss/',
        ),
      ),
    ).toEqual([
      'config/feeds.yaml:9:5 feeds[1].url: duplicate feed URL "https://www.rfi.fr/en/africa/rss" (first at feeds[0], line 3)',
    ]);
  });

  it('reports a duplicate entity id', () => {
    expect(issuesOf(watchlistPlus('  - id: mali\n    kind: place\n    name: Mali town\n'))).toEqual(
      [
        'config/watchlist.yaml:51:5 entities[6].id: duplicate entity id "mali" (first at entities[0], line 3)',
      ],
    );
  });

  it('reports a duplicate fact id', () => {
    expect(issuesOf(edited('facts.yaml', '  - id: jnim', '  - id: mali'))).toEqual([
      'config/watchlist.yaml:36:13 entities[3].facts[0]: unknown fact "jnim"',
      'config/facts.yaml:8:5 facts[1].id: duplicate fact id "mali" (first at facts[0], line 2)',
    ]);
  });

  it('reports an alias claimed by two entities, comparing without accents or case', () => {
    expect(
      issuesOf(
        watchlistPlus(
          '  - id: goita-town\n    kind: place\n    name: Goita\n    aliases:\n      fr: [GOITA]\n',
        ),
      ),
    ).toEqual([
      'config/watchlist.yaml:55:12 entities[6].aliases.fr[0]: alias "GOITA" is already claimed by entity "assimi-goita"',
    ]);
  });

  it('reports an acronym claimed by two entities', () => {
    const extra =
      '  - id: gsim-stats\n    kind: organisation\n    name: Generic Statistical Information Model\n    acronyms: [GSIM]\n';
    expect(issuesOf(watchlistPlus(extra))).toEqual([
      'config/watchlist.yaml:54:16 entities[6].acronyms[0]: acronym "GSIM" is already claimed by entity "jnim"',
    ]);
  });

  it('reports an ambiguous entry that is not one of the entity’s own aliases or acronyms', () => {
    expect(
      issuesOf(edited('watchlist.yaml', 'ambiguous: [GSIM]', 'ambiguous: [GSIM, AQIM]')),
    ).toEqual([
      'config/watchlist.yaml:33:23 entities[3].ambiguous[1]: "AQIM" is not one of this entity\'s aliases or acronyms',
    ]);
  });

  it('reports entity countries that are unknown or not states', () => {
    expect(
      issuesOf(
        edited(
          'watchlist.yaml',
          'countries: [mali, burkina-faso]',
          'countries: [mali, jnim, timbuktu]',
        ),
      ),
    ).toEqual([
      'config/watchlist.yaml:35:23 entities[3].countries[1]: expected a state entity, "jnim" is armed-group',
      'config/watchlist.yaml:35:29 entities[3].countries[2]: unknown entity "timbuktu"',
    ]);
  });

  it('reports an unknown fact id in an entity', () => {
    expect(
      issuesOf(edited('watchlist.yaml', 'facts: [jnim]', 'facts: [jnim, jnim-founding]')),
    ).toEqual(['config/watchlist.yaml:36:19 entities[3].facts[1]: unknown fact "jnim-founding"']);
  });

  it('reports an unknown entity id in a fact card', () => {
    expect(issuesOf(edited('facts.yaml', 'entities: [jnim]', 'entities: [jnim, jnimm]'))).toEqual([
      'config/facts.yaml:17:22 facts[1].entities[1]: unknown entity "jnimm" (did you mean jnim?)',
    ]);
  });

  it('reports timeline countries that are not states, tags that are not topics and unknown entities', () => {
    const timeline = readFileSync(join(VALID, 'timeline.yaml'), 'utf8')
      .replace('countries: [mali]', 'countries: [mali, jnim]')
      .replace('entities: [assimi-goita]', 'entities: [assimi-goita, goita]')
      .replace('tags: [coup]', 'tags: [coup, mali]');
    expect(issuesOf({ 'timeline.yaml': timeline })).toEqual([
      'config/timeline.yaml:5:23 events[0].countries[1]: expected a state entity, "jnim" is armed-group',
      'config/timeline.yaml:6:30 events[0].entities[1]: unknown entity "goita"',
      'config/timeline.yaml:7:18 events[0].tags[1]: expected a topic entity, "mali" is state',
    ]);
  });

  it('reports a command country that is not a state', () => {
    expect(
      issuesOf({ 'settings.yaml': 'countries:\n  - { entity: jnim, command: jnim }\n' }),
    ).toEqual([
      'config/settings.yaml:2:7 countries[0].entity: expected a state entity, "jnim" is armed-group',
    ]);
  });

  it('still checks the valid entries of a file that has a bad entry', () => {
    const timeline = readFileSync(join(VALID, 'timeline.yaml'), 'utf8')
      .replace("date: '2022-09-30'", "date: '2022-09-31'")
      .replace('entities: [jnim]', 'entities: [jnmi]');
    expect(issuesOf({ 'timeline.yaml': timeline })).toEqual([
      'config/timeline.yaml:17:5 events[2].date: date "2022-09-31" does not exist',
      'config/timeline.yaml:28:16 events[3].entities[0]: unknown entity "jnmi" (did you mean jnim?)',
    ]);
  });

  it('does not call an entity unknown because its own entry has an error', () => {
    expect(issuesOf(edited('watchlist.yaml', 'fr: [Mali, Malien*]', 'fr: Malien'))).toEqual([
      'config/watchlist.yaml:8:7 entities[0].aliases.fr: expected an array of strings',
    ]);
  });

  it('reports every error of every file at once, in file order', () => {
    const files = {
      ...edited('feeds.yaml', 'language: fr', 'language: french'),
      ...edited('watchlist.yaml', 'ambiguous: [GSIM]', 'ambiguous: [GSIM, AQIM]'),
      'settings.yaml': 'timezone: Mars/Olympus\nretentionDays: 0\n',
      'facts.yaml': null,
    };
    expect(issuesOf(files)).toEqual([
      'config/feeds.yaml:11:5 feeds[1].language: expected one of en, fr, mixed (got "french")',
      'config/watchlist.yaml:33:23 entities[3].ambiguous[1]: "AQIM" is not one of this entity\'s aliases or acronyms',
      'config/facts.yaml:1:1 (file): file not found',
      'config/settings.yaml:1:1 timezone: unknown IANA time zone "Mars/Olympus"',
      'config/settings.yaml:2:1 retentionDays: expected at least 1 (got 0)',
    ]);
  });
});

describe('the shipped knowledge base', () => {
  it('loads without issues and defines the ids tools rely on', () => {
    const loaded = loadConfig('config');
    expect(loaded.ok ? [] : loaded.error.map(formatConfigIssue)).toEqual([]);
    if (!loaded.ok) return;
    const ids = new Set(loaded.value.watchlist.entities.map((e) => e.id));
    const expected = [
      'mali',
      'burkina-faso',
      'niger',
      'aes',
      'ecowas',
      'jnim',
      'issp',
      'wagner',
      'africa-corps',
      'kidal',
    ];
    expect(expected.filter((id) => !ids.has(id))).toEqual([]);
    expect(loaded.value.feeds.every((feed) => feed.intervalMs > 0)).toBe(true);
  });
});
