import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  formatPartialDate,
  selectTimeline,
  timelineCommand,
  type TimelineFilters,
} from '../../../commands/timeline.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Config } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';
import { makeContext } from '../../fakes/command-context.js';

const loaded = loadConfig('tests/fixtures/config/valid');
if (!loaded.ok) throw new Error('the valid fixture must load');
const config: Config = loaded.value;

/** Dates of the selected events, in order, or the error. */
function datesOf(filters: TimelineFilters): string[] | string {
  const selected = selectTimeline(config, filters);
  return selected.ok ? selected.value.events.map((e) => e.date) : selected.error;
}

function build(filters: TimelineFilters, locale: 'en' | 'fr' = 'en'): Message {
  const built = buildTimeline(config, filters, locale);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

describe('selectTimeline', () => {
  it('lists a country’s events oldest first whatever the file order', () => {
    expect(datesOf({ country: 'mali' })).toEqual([
      '1991-03',
      '2017-03-02',
      '2020-08-18',
      '2021-05-24',
    ]);
  });

  it('lists every country when none is given', () => {
    expect(datesOf({})).toEqual([
      '1991-03',
      '2017-03-02',
      '2020-08-18',
      '2021-05-24',
      '2022-09-30',
    ]);
  });

  it('accepts the command name and any case for a country', () => {
    expect(datesOf({ country: 'burkina' })).toEqual(['2022-09-30']);
    expect(datesOf({ country: 'MALI' })).toEqual(datesOf({ country: 'mali' }));
  });

  it('keeps events from the start of --from on', () => {
    expect(datesOf({ country: 'mali', from: '2020' })).toEqual(['2020-08-18', '2021-05-24']);
    expect(datesOf({ country: 'mali', from: '2020-08-19' })).toEqual(['2021-05-24']);
  });

  it('keeps events up to the end of --to', () => {
    expect(datesOf({ country: 'mali', to: '2020' })).toEqual([
      '1991-03',
      '2017-03-02',
      '2020-08-18',
    ]);
    expect(datesOf({ country: 'mali', from: '2017', to: '2020-08' })).toEqual([
      '2017-03-02',
      '2020-08-18',
    ]);
  });

  it('keeps a month-only event when the range touches that month', () => {
    expect(datesOf({ country: 'mali', from: '1991-03-26', to: '1991-03-26' })).toEqual(['1991-03']);
  });

  it('filters by an entity named as actor or as tag', () => {
    expect(datesOf({ entity: 'jnim' })).toEqual(['2017-03-02']);
    expect(datesOf({ entity: 'coup', country: 'mali' })).toEqual([
      '1991-03',
      '2020-08-18',
      '2021-05-24',
    ]);
  });

  it('finds an entity by its acronym, name or alias, accents and case ignored, as fact cards do', () => {
    expect(datesOf({ entity: 'GSIM' })).toEqual(['2017-03-02']);
    expect(datesOf({ entity: 'Groupe de soutien a l’Islam et aux musulmans' })).toEqual([
      '2017-03-02',
    ]);
    expect(datesOf({ entity: 'JNIM' })).toEqual(['2017-03-02']);
  });

  it('keeps the newest events when limited, still newest last', () => {
    const selected = selectTimeline(config, { country: 'mali', limit: 2 });
    expect(selected.ok && selected.value.events.map((e) => e.date)).toEqual([
      '2020-08-18',
      '2021-05-24',
    ]);
    expect(selected.ok && selected.value.total).toBe(4);
  });

  it.each([
    [{ country: 'malli' }, 'unknown country "malli" — try mali, burkina-faso, niger'],
    [{ from: '2020-13' }, 'invalid --from "2020-13": expected YYYY or YYYY-MM or YYYY-MM-DD'],
    [{ to: '2023-02-30' }, 'invalid --to "2023-02-30": expected YYYY or YYYY-MM or YYYY-MM-DD'],
    [{ from: 'last year' }, 'invalid --from "last year": expected YYYY or YYYY-MM or YYYY-MM-DD'],
    [{ from: '2022', to: '2020' }, 'invalid range: --from 2022 is after --to 2020'],
    [{ entity: 'jnimm' }, 'unknown entity "jnimm" — did you mean jnim?'],
    [{ entity: 'wagner-group-pmc' }, 'unknown entity "wagner-group-pmc"'],
    [{ limit: 0 }, 'invalid --limit "0": expected a whole number from 1 to 200'],
  ])('refuses %j with a clear reason', (filters: TimelineFilters, reason) => {
    expect(datesOf(filters)).toBe(reason);
  });
});

describe('buildTimeline', () => {
  it('builds a heading with the country and range, a list of dated entries and a fallback', () => {
    expect(build({ country: 'mali', from: '2020' })).toEqual({
      blocks: [
        { type: 'heading', text: 'Timeline: Mali', subtitle: 'from 2020' },
        {
          type: 'list',
          entries: [
            {
              label: '18 Aug 2020',
              text: 'Soldiers force President Keïta to resign',
              detail: 'Soldiers detain President Ibrahim Boubacar Keïta, who resigns that night.',
              url: 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/',
            },
            {
              label: '24 May 2021',
              text: 'A second coup in nine months',
              detail: 'The military detains the transitional president and prime minister.',
              url: 'https://www.capitalfm.co.ke/news/2021/05/mali-timeline-two-coups-in-nine-months/',
            },
          ],
        },
      ],
      fallback:
        'Timeline: Mali (from 2020)\n18 Aug 2020 — Soldiers force President Keïta to resign\n24 May 2021 — A second coup in nine months',
    });
  });

  it('labels a month-only event with the month', () => {
    const message = build({ country: 'mali', to: '1991' });
    expect(message.blocks[1]).toMatchObject({ type: 'list', entries: [{ label: 'Mar 1991' }] });
  });

  it('says plainly when nothing matches instead of failing', () => {
    expect(build({ country: 'mali', from: '2030' })).toEqual({
      blocks: [
        { type: 'heading', text: 'Timeline: Mali' },
        { type: 'text', text: 'No events for Mali from 2030.', tone: 'muted' },
      ],
      fallback: 'No events for Mali from 2030.',
    });
  });

  it('says how many events a limit left out', () => {
    const message = build({ country: 'mali', limit: 1 });
    expect(message.blocks.at(-1)).toEqual({
      type: 'text',
      text: 'Showing the latest 1 of 4 events.',
      tone: 'muted',
    });
  });

  it('writes the heading, range and dates in French for the fr locale', () => {
    const message = build({ country: 'mali', from: '2020-08', to: '2021' }, 'fr');
    expect(message.blocks[0]).toEqual({
      type: 'heading',
      text: 'Chronologie : Mali',
      subtitle: "d'août 2020 à 2021",
    });
    expect(message.blocks[1]).toMatchObject({
      entries: [{ label: '18 août 2020' }, { label: '24 mai 2021' }],
    });
  });

  it('uses the French entity name when there is one', () => {
    expect(build({ entity: 'jnim', to: '2017' }, 'fr').blocks[0]).toEqual({
      type: 'heading',
      text: 'Chronologie : tous les pays',
      subtitle: "avec JNIM (GSIM), jusqu'à 2017",
    });
  });
});

describe('formatPartialDate', () => {
  it('formats days, months and years in both languages', () => {
    expect(formatPartialDate('2020-08-18', 'en')).toBe('18 Aug 2020');
    expect(formatPartialDate('1991-03', 'en')).toBe('Mar 1991');
    expect(formatPartialDate('2020', 'en')).toBe('2020');
    expect(formatPartialDate('2024-02-01', 'fr')).toBe('1er février 2024');
    expect(formatPartialDate('2024-02-11', 'fr')).toBe('11 février 2024');
    expect(formatPartialDate('2024-02-01', 'en')).toBe('1 Feb 2024');
  });
});

describe('timelineCommand', () => {
  const context = makeContext(config, { country: 'mali' });

  it('answers a bad filter with an ephemeral error message', async () => {
    const message = await timelineCommand.handle({ entity: 'jnimm' }, context);
    expect(message).toEqual({
      blocks: [
        { type: 'text', text: 'unknown entity "jnimm" — did you mean jnim?', tone: 'error' },
      ],
      fallback: 'unknown entity "jnimm" — did you mean jnim?',
      ephemeral: true,
    });
  });

  it('names a bad date as the chat option it was typed as, not as a command-line flag', async () => {
    const bad = await timelineCommand.handle({ from: 'yesterday' }, context);
    expect(bad.fallback).toBe('invalid from "yesterday": expected YYYY or YYYY-MM or YYYY-MM-DD');
    const range = await timelineCommand.handle({ from: '2022', to: '2020' }, context);
    expect(range.fallback).toBe('invalid range: from:2022 is after to:2020');
  });

  it('words a bad filter in French for a French reader', async () => {
    const fr = makeContext(config, { country: 'mali', locale: 'fr' });
    expect((await timelineCommand.handle({ entity: 'jnimm' }, fr)).fallback).toBe(
      'entité inconnue « jnimm » — vouliez-vous dire jnim ?',
    );
    expect((await timelineCommand.handle({ from: 'hier' }, fr)).fallback).toBe(
      'depuis « hier » invalide : AAAA, AAAA-MM ou AAAA-MM-JJ attendu',
    );
    expect((await timelineCommand.handle({ from: '2022', to: '2020' }, fr)).fallback).toBe(
      'période invalide : depuis:2022 est après jusque:2020',
    );
  });

  it('takes the country from the context and answers in the context locale', async () => {
    const message = await timelineCommand.handle(
      { from: '2021', entity: '' },
      { ...context, locale: 'fr' },
    );
    expect(message.blocks[0]).toEqual({
      type: 'heading',
      text: 'Chronologie : Mali',
      subtitle: 'depuis 2021',
    });
    expect(message.blocks[1]).toMatchObject({ entries: [{ label: '24 mai 2021' }] });
    const burkina = await timelineCommand.handle({}, { ...context, country: 'burkina-faso' });
    expect(burkina.blocks[1]).toMatchObject({ entries: [{ label: '30 Sep 2022' }] });
  });

  it('shows a short timeline on one page without paging buttons', async () => {
    const message = await timelineCommand.handle({}, context);
    expect(message.blocks.map((b) => b.type)).toEqual(['heading', 'list']);
  });

  it('declares its options for the platforms to register', () => {
    expect(timelineCommand.options.map((o) => `${o.name}:${o.type}`)).toEqual([
      'from:string',
      'to:string',
      'entity:string',
      'page:integer',
    ]);
    expect(timelineCommand.admin).toBe(false);
  });
});

describe('timelineCommand paging', () => {
  /** 25 Mali events, one a year from 2000, in shuffled file order. */
  const long: Config = {
    ...config,
    timeline: Array.from({ length: 25 }, (_, i) => ({
      date: String(2000 + ((i * 7) % 25)),
      title: `Event ${2000 + ((i * 7) % 25)}`,
      text: '',
      countries: ['mali'],
      entities: [],
      tags: [],
      sources: [],
    })),
  };
  const context = makeContext(long, { country: 'mali' });
  const years = (message: Message): string[] => {
    const list = message.blocks.find((b) => b.type === 'list');
    return list?.type === 'list' ? list.entries.map((e) => e.label ?? '') : [];
  };
  const actions = (message: Message): string[] =>
    message.blocks.flatMap((b) =>
      b.type === 'actions' ? b.actions.map((a) => `${a.label}=${a.id}`) : [],
    );

  it('puts the latest events on page 1, oldest first within the page, with a Next button', async () => {
    const message = await timelineCommand.handle({ from: '2000' }, context);
    expect(years(message)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(message.fallback).toContain('Page 1 of 3, 25 events; page 1 is the latest.');
    expect(actions(message)).toEqual(['Next page=/mali timeline from:2000 page:2']);
  });

  it('offers both directions in the middle and only Previous on the last page', async () => {
    const middle = await timelineCommand.handle({ page: 2 }, context);
    expect(years(middle)[0]).toBe('2005');
    expect(actions(middle)).toEqual([
      'Next page=/mali timeline page:3',
      'Previous page=/mali timeline',
    ]);
    const last = await timelineCommand.handle({ page: 3 }, { ...context, locale: 'fr' });
    expect(years(last)).toEqual(['2000', '2001', '2002', '2003', '2004']);
    expect(actions(last)).toEqual(['Page précédente=/mali timeline page:2']);
  });

  it('shows the last page for a page past the end', async () => {
    const message = await timelineCommand.handle({ page: 9 }, context);
    expect(years(message)[0]).toBe('2000');
  });
});
