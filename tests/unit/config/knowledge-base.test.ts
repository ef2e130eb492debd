import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

/*
 * Checks the default knowledge base in config/ on its own terms, with the `yaml` package only:
 * the shapes of docs/configuration.md, the id vocabulary the default watchlist defines, real
 * calendar dates and http(s) sources. The zod loader has its own tests.
 */

const CONFIG_DIR = fileURLToPath(new URL('../../../config/', import.meta.url));

/** Splits a whitespace-separated list of ids. */
const ids = (text: string): string[] => text.trim().split(/\s+/);

const STATES = ids('mali burkina-faso niger france russia algeria senegal ukraine');
/** The 30 actor ids of the reference sheet, which the default watchlist defines. */
const ACTORS = ids(`
  assimi-goita abdourahamane-tiani ibrahim-traore iyad-ag-ghaly amadou-koufa
  mali burkina-faso niger france russia algeria aes ecowas minusma fama french-operations
  wagner africa-corps jnim issp mnla cma-csp fla
  bamako kidal gao timbuktu mopti menaka tinzaouaten`);
/** People and groups added to the default watchlist after the sheet, each with its own card. */
const ADDED = ids(`
  mohamed-bazoum mahamadou-issoufou ali-lamine-zeine brigi-rafini
  ibrahim-boubacar-keita amadou-toumani-toure amadou-sanogo dioncounda-traore bah-ndaw moctar-ouane
  choguel-maiga abdoulaye-maiga roch-kabore michel-kafando paul-henri-damiba apollinaire-kyelem
  alghabass-ag-intalla bilal-ag-acherif adnan-abu-walid-al-sahrawi abu-huzeifa jafar-dicko
  ansarul-islam blaise-compaore yacouba-isaac-zida gilbert-diendere christophe-dabire lassina-zerbo
  albert-ouedraogo jean-emmanuel-ouedraogo ouhoumoudou-mahamadou cheick-modibo-diarra moussa-mara
  soumeylou-boubeye-maiga boubou-cisse abdelmalek-droukdel sadio-camara abdoulaye-diop malick-diaw
  abu-ubaydah-al-annabi el-hadj-ag-gamou salifou-mody ismael-wague`);
/**
 * Places added beyond the sheet by one rule (the region capitals of the three states and the towns
 * of their conflict news); those a reader meets most have a card, the others none.
 */
const PLACES_WITH_CARDS = ids(`
  kayes segou dedougou banfora tenkodogo kaya koudougou manga fada-ngourma bobo-dioulasso
  ouahigouya ziniare dori gaoua djibo agadez diffa dosso maradi tahoua tillaberi zinder`);
const PLACES_WITHOUT_CARDS = ids(`
  koulikoro sikasso taoudenit bougouni dioila koutiala kita nara nioro-du-sahel san douentza
  bandiagara kati niono lere boulkessi moura ansongo tessit anefis ber tessalit aguelhok
  barsalogho arbinda solenzo diapaga ayorou torodi banibangou tassia inates tongo-tongo`);
const TOPICS = ids(
  'attack clash coup election sanctions diplomacy humanitarian kidnapping drone-strike protest',
);
const EPISODES = ids(`
  coup-2020 coup-2021 ecowas-sanctions-2022 aes-founding-2023
  aes-confederation-2024 ecowas-exit bamako-attack-2024 wagner-exit-2025`);
const ENTITY_IDS = new Set([
  ...ACTORS,
  ...ADDED,
  ...PLACES_WITH_CARDS,
  ...PLACES_WITHOUT_CARDS,
  'senegal',
  'ukraine',
  ...TOPICS,
]);
const FACT_IDS = new Set([...ACTORS, ...ADDED, ...PLACES_WITH_CARDS, ...EPISODES, 'senegal', 'ukraine']);

type Row = Record<string, unknown>;
interface Source {
  name: string;
  url: string;
}
interface Event {
  date: string;
  title: string;
  text: string;
  countries: string[];
  entities: string[];
  tags?: string[];
  sources: Source[];
}
interface Fact {
  id: string;
  title: string;
  titleFr?: string;
  text: string;
  date?: string;
  keyDates?: { date: string; text: string }[];
  sources: Source[];
  entities: string[];
}
interface Feed {
  id: string;
  url: string;
  name: string;
  language: string;
  tier?: number;
  interval?: string;
}

/** Parses a config file, failing on any YAML error or warning, and returns its document. */
function readConfig(name: string): ReturnType<typeof parseDocument> {
  const doc = parseDocument(readFileSync(CONFIG_DIR + name, 'utf8'));
  expect(doc.errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
  expect(doc.warnings.map((w) => `${name}: ${w.message}`)).toEqual([]);
  return doc;
}

function listOf<T>(name: string, key: string): T[] {
  const data = readConfig(name).toJS() as Row;
  expect(Object.keys(data)).toEqual([key]);
  const list = data[key];
  expect(Array.isArray(list)).toBe(true);
  return list as T[];
}

/** `YYYY-MM-DD` or `YYYY-MM`, naming a day or month that exists. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    match[3] === undefined ? 1 : Number(match[3]),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol);
}

/** Keys of `row` that the documented format does not allow. */
function extraKeys(row: object, allowed: readonly string[]): string[] {
  return Object.keys(row).filter((k) => !allowed.includes(k));
}

/** `where: id` for every id of `ids` outside `allowed`. */
function unknownIds(
  where: string,
  ids: readonly string[] | undefined,
  allowed: ReadonlySet<string>,
): string[] {
  return (ids ?? []).filter((id) => !allowed.has(id)).map((id) => `${where}: ${id}`);
}

function badSources(where: string, sources: readonly Source[]): string[] {
  const bad: string[] = [];
  if (sources.length === 0) bad.push(`${where}: no source`);
  for (const source of sources) {
    if (extraKeys(source, ['name', 'url']).length > 0 || !source.name)
      bad.push(`${where}: malformed source`);
    if (!isHttpUrl(source.url)) bad.push(`${where}: ${source.url}`);
  }
  return bad;
}

/** Every `date:` value in the file that is not written as a quoted string. */
function unquotedDates(name: string): string[] {
  const bad: string[] = [];
  visit(readConfig(name), {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'date') {
        const value = pair.value;
        if (!isScalar(value) || (value.type !== 'QUOTE_SINGLE' && value.type !== 'QUOTE_DOUBLE')) {
          bad.push(String(isScalar(value) ? value.value : value));
        }
      }
    },
  });
  return bad;
}

describe('config/timeline.yaml', () => {
  const events = listOf<Event>('timeline.yaml', 'events');

  it('has the 50 dated events of the reference sheet, oldest first', () => {
    expect(events).toHaveLength(50);
    const outOfOrder = events
      .slice(1)
      .filter((e, i) => e.date < events[i]!.date)
      .map((e) => e.date);
    expect(outOfOrder).toEqual([]);
    expect(events[0]?.date).toBe('1960-06-20');
    expect(events.at(-1)?.date).toBe('2025-09-22');
  });

  it('writes every date quoted and on the calendar', () => {
    expect(unquotedDates('timeline.yaml')).toEqual([]);
    expect(events.map((e) => e.date).filter((d) => !isCalendarDate(d))).toEqual([]);
  });

  it('uses only the documented keys, with a title, a text and http(s) sources', () => {
    const allowed = [
      'date',
      'title',
      'titleFr',
      'text',
      'textFr',
      'countries',
      'entities',
      'tags',
      'sources',
    ];
    const bad = events.flatMap((e) => [
      ...extraKeys(e, allowed).map((k) => `${e.date}: key ${k}`),
      ...(e.title && e.text ? [] : [`${e.date}: empty title or text`]),
      ...badSources(e.date, e.sources),
    ]);
    expect(bad).toEqual([]);
  });

  it('references only state ids as countries, watchlist ids as entities and topic ids as tags', () => {
    const bad = events.flatMap((e) => [
      ...unknownIds(`${e.date} countries`, e.countries, new Set(STATES)),
      ...unknownIds(`${e.date} entities`, e.entities, ENTITY_IDS),
      ...unknownIds(`${e.date} tags`, e.tags, new Set(TOPICS)),
    ]);
    expect(bad).toEqual([]);
  });

  it('gives every event at least one country or entity to be found by', () => {
    const orphans = events
      .filter((e) => e.countries.length + e.entities.length === 0)
      .map((e) => e.date);
    expect(orphans).toEqual([]);
  });
});

describe('config/facts.yaml', () => {
  const facts = listOf<Fact>('facts.yaml', 'facts');
  const factIds = facts.map((f) => f.id);

  it('has one card per actor of the sheet, per added person or group and per place a reader meets most, the eight episode cards and the two context cards', () => {
    expect(factIds.filter((id) => !FACT_IDS.has(id))).toEqual([]);
    expect([...FACT_IDS].filter((id) => !factIds.includes(id))).toEqual([]);
    expect(new Set(factIds).size).toBe(factIds.length);
    expect(ACTORS).toHaveLength(30);
    expect(ADDED).toHaveLength(42);
    expect(PLACES_WITH_CARDS).toHaveLength(22);
    expect(facts).toHaveLength(30 + 42 + 22 + 8 + 2);
  });

  it('gives every added card a one-line gist and 1 to 3 sources, and links it to a country or group', () => {
    const bad = facts
      .filter((f) => ADDED.includes(f.id) || PLACES_WITH_CARDS.includes(f.id))
      .flatMap((f) => {
        const flat = f.text.replace(/\s+/g, ' ');
        const first = /^.*?[.!?](?=\s+[A-Z\u00C0-\u00DD«"“(]|$)/u.exec(flat)?.[0] ?? flat;
        return [
          ...(first.length <= 160 ? [] : [`${f.id}: first sentence is ${first.length} characters`]),
          ...(f.sources.length >= 1 && f.sources.length <= 3 ? [] : [`${f.id}: ${f.sources.length} sources`]),
          ...(f.entities.length >= 2 ? [] : [`${f.id}: linked to nothing but itself`]),
        ];
      });
    expect(bad).toEqual([]);
  });

  it('uses only the documented keys, with http(s) sources', () => {
    const allowed = [
      'id',
      'title',
      'titleFr',
      'text',
      'textFr',
      'date',
      'keyDates',
      'sources',
      'entities',
    ];
    const bad = facts.flatMap((f) => [
      ...extraKeys(f, allowed).map((k) => `${f.id}: key ${k}`),
      ...(f.keyDates ?? []).flatMap((k) =>
        extraKeys(k, ['date', 'text', 'textFr']).map((x) => `${f.id} keyDates: key ${x}`),
      ),
      ...badSources(f.id, f.sources),
    ]);
    expect(bad).toEqual([]);
  });

  it('writes every card and key date quoted and on the calendar', () => {
    expect(unquotedDates('facts.yaml')).toEqual([]);
    const dates = facts.flatMap((f) => [
      ...(f.date ? [f.date] : []),
      ...(f.keyDates ?? []).map((k) => k.date),
    ]);
    expect(dates.length).toBeGreaterThan(40);
    expect(dates.filter((d) => !isCalendarDate(d))).toEqual([]);
  });

  it('lists the entities each card is about, from the watchlist ids, its own id first for actors', () => {
    const bad = facts.flatMap((f) => unknownIds(`${f.id} entities`, f.entities, ENTITY_IDS));
    expect(bad).toEqual([]);
    const notSelf = facts
      .filter((f) => ENTITY_IDS.has(f.id) && f.entities[0] !== f.id)
      .map((f) => f.id);
    expect(notSelf).toEqual([]);
    expect(facts.filter((f) => f.entities.length === 0).map((f) => f.id)).toEqual([]);
  });

  it('dates the Wagner exit card to the June 2025 announcement', () => {
    expect(facts.find((f) => f.id === 'wagner-exit-2025')?.date).toBe('2025-06-06');
  });
});

describe('config/feeds.yaml', () => {
  const feeds = listOf<Feed>('feeds.yaml', 'feeds');

  it('has the 25 feeds of the sheet with unique kebab-case ids and unique http(s) URLs', () => {
    expect(feeds).toHaveLength(25);
    expect(new Set(feeds.map((f) => f.id)).size).toBe(25);
    expect(new Set(feeds.map((f) => f.url.toLowerCase().replace(/\/+$/, ''))).size).toBe(25);
    expect(feeds.filter((f) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)).map((f) => f.id)).toEqual(
      [],
    );
    expect(feeds.filter((f) => !isHttpUrl(f.url)).map((f) => f.id)).toEqual([]);
  });

  it('gives every feed a name, a known language, a tier 1 to 3 and a valid interval', () => {
    const bad = feeds.flatMap((f) => [
      ...extraKeys(f, ['id', 'url', 'name', 'language', 'tier', 'interval']).map(
        (k) => `${f.id}: key ${k}`,
      ),
      ...(f.name ? [] : [`${f.id}: no name`]),
      ...(['en', 'fr', 'mixed'].includes(f.language) ? [] : [`${f.id}: language ${f.language}`]),
      ...(f.tier === undefined || [1, 2, 3].includes(f.tier) ? [] : [`${f.id}: tier ${f.tier}`]),
      ...(f.interval === undefined || /^\d+(s|m|h|d)$/.test(f.interval)
        ? []
        : [`${f.id}: interval ${f.interval}`]),
    ]);
    expect(bad).toEqual([]);
  });

  it('ranks wires and major outlets as tier 1 and the feed with a recorded problem as tier 3', () => {
    const tier = (id: string): number | undefined => feeds.find((f) => f.id === id)?.tier;
    const major = ids(
      'rfi-en france24-en bbc-africa guardian-africa dw-africa nyt-africa aljazeera',
    );
    const specialist = ids('crisisgroup reliefweb-mali studio-tamani allafrica voa-afrique');
    expect([...major, 'lemonde-afrique', 'jeune-afrique'].map(tier)).toEqual(Array(9).fill(1));
    expect(specialist.map(tier)).toEqual(Array(5).fill(2));
    expect(tier('maliweb')).toBe(3);
  });
});

describe('config/settings.yaml', () => {
  it('writes out exactly the documented defaults', () => {
    const doc = readConfig('settings.yaml');
    expect(isMap(doc.contents)).toBe(true);
    expect(doc.toJS()).toEqual({
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
        interval: '15m',
        timeout: '15s',
        maxBytes: '5MB',
        maxRedirects: 5,
        concurrency: 16,
        perHost: 2,
        disableAfterFailures: 10,
        maxBackoff: '24h',
        backfill: 0,
      },
      stories: { windowHours: 72, arcDays: 7, arcLateDays: 60 },
      admins: { slack: [] },
      retentionDays: 90,
    });
  });
});

describe('config/subscriptions.example.yaml', () => {
  const subs = listOf<Row>('subscriptions.example.yaml', 'subscriptions');

  it('shows alerts with a query and digests without one, with string channel ids', () => {
    const bad = subs.flatMap((s, i) => [
      ...extraKeys(s, [
        'platform',
        'channel',
        'kind',
        'query',
        'cron',
        'timezone',
        'locale',
        'size',
      ]).map((k) => `${i}: key ${k}`),
      ...(['discord', 'slack', 'console'].includes(String(s.platform)) ? [] : [`${i}: platform`]),
      ...(typeof s.channel === 'string' ? [] : [`${i}: channel is not a string`]),
      ...(s.kind === 'alert' && typeof s.query !== 'string' ? [`${i}: alert without query`] : []),
      ...(s.kind === 'digest' && s.query !== undefined ? [`${i}: digest with query`] : []),
    ]);
    expect(bad).toEqual([]);
    expect(subs.map((s) => s.kind)).toContain('alert');
    expect(subs.map((s) => s.kind)).toContain('digest');
  });
});
