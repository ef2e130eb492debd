import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { formatCommandLine } from '../../../commands/parse-command-line.js';
import type { CommandSet, InvocationContext } from '../../../src/core/command.js';
import type { Message } from '../../../src/core/message.js';
import {
  commandLineIn,
  withLocalCommandLines,
  withPostLines,
} from '../../../src/platforms/command-line-in.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig } from '../commands/dispatch-fixtures.js';

const commands = createCommandSet(fixtureConfig);
const { tops } = commands;
const fr = (line: string): string => commandLineIn(line, tops, 'fr');

describe('command lines in the reader’s language', () => {
  it('names a page button’s command and options as a French reader types them', () => {
    expect(fr('/sahel feeds status page:2')).toBe('/sahel flux etat page:2');
    expect(fr('/mali timeline from:2023 entity:jnim page:3')).toBe(
      '/mali chronologie depuis:2023 entité:jnim page:3',
    );
    expect(fr('/sahel search query:"Africa Corps" since:7d sort:newest page:2')).toBe(
      '/sahel recherche requete:"Africa Corps" depuis:7d tri:recents page:2',
    );
    expect(fr('/mali fact kidal')).toBe('/mali fiche kidal');
    expect(fr('/sahel search kidal sort:newest')).toBe('/sahel recherche kidal tri:recents');
  });

  it('gives every paged command a French line that runs the same page in either language', () => {
    for (const top of tops) {
      for (const definition of top.commands) {
        if (!definition.options.some((o) => o.name === 'page')) continue;
        const line = formatCommandLine({
          top: top.name,
          ...(definition.group === undefined ? {} : { group: definition.group }),
          name: definition.name,
          args: {
            ...Object.fromEntries(
              definition.options.filter((o) => o.required).map((o) => [o.name, 'kidal']),
            ),
            page: 2,
          },
        });
        const english = commands.parse(line);
        expect(english.ok, line).toBe(true);
        for (const locale of ['en', 'fr'] as const) {
          expect(commands.parse(fr(line), locale), `${fr(line)} (${locale})`).toEqual(english);
        }
      }
    }
  });

  it('leaves English, and a line that does not parse, as they are', () => {
    expect(commandLineIn('/sahel feeds status page:2', tops, 'en')).toBe(
      '/sahel feeds status page:2',
    );
    expect(fr('/sahel nowhere page:2')).toBe('/sahel nowhere page:2');
  });
});

describe('a command set answering in the asker’s language', () => {
  const next = '/sahel feeds status page:2';
  const answer: Message = {
    blocks: [
      {
        type: 'story',
        card: {
          storyId: 's1',
          title: 'Kidal',
          url: null,
          summary: '',
          sources: [],
          tags: [],
          facts: [{ id: 'kidal', title: 'Kidal', gist: 'A town.', command: '/mali fact kidal' }],
        },
      },
      {
        type: 'actions',
        actions: [
          { id: next, label: 'Page suivante' },
          { id: 'site', label: 'Site', url: 'https://example.org/' },
        ],
      },
    ],
    fallback: `Feeds\nPage suivante: ${next}`,
  };
  const fixed: CommandSet = { ...commands, run: async () => answer, runAction: async () => answer };
  const context = (locale: 'en' | 'fr'): InvocationContext =>
    makeContext(fixtureConfig, { locale });

  it('gives a French asker French buttons, fact commands and fallback lines', async () => {
    const local = await withLocalCommandLines(fixed).runAction(next, context('fr'));
    const [story, actions] = local.blocks;
    expect(actions).toEqual({
      type: 'actions',
      actions: [
        { id: '/sahel flux etat page:2', label: 'Page suivante' },
        { id: 'site', label: 'Site', url: 'https://example.org/' },
      ],
    });
    expect(story?.type === 'story' && story.card.facts[0]?.command).toBe('/mali fiche kidal');
    expect(local.fallback).toBe('Feeds\nPage suivante: /sahel flux etat page:2');
  });

  it('leaves an English asker’s answer untouched', async () => {
    const run = await withLocalCommandLines(fixed).run(
      { top: 'sahel', name: 'x', args: {} },
      context('en'),
    );
    expect(run).toBe(answer);
  });

  it('keeps the English line where the French one would not fit the platform’s ids', async () => {
    const fact = '/mali fact kidal';
    const local = await withLocalCommandLines(fixed, { maxLength: fact.length }).runAction(
      next,
      context('fr'),
    );
    const [story] = local.blocks;
    expect(story?.type === 'story' && story.card.facts[0]?.command).toBe(fact);
  });
});

describe('a scheduled post in the language its cards were written in', () => {
  const post = (locale?: 'en' | 'fr'): Message => ({
    blocks: [
      { type: 'heading', text: 'Alerte Sahel' },
      {
        type: 'story',
        card: {
          storyId: 's1',
          title: 'JNIM claims attack near Kidal',
          url: null,
          summary: '',
          sources: [],
          tags: [],
          facts: [
            { id: 'kidal', title: 'Kidal', gist: 'A town.', command: '/mali fact kidal' },
            { id: 'jnim', title: 'JNIM', gist: 'A group.', command: '/mali fact jnim' },
          ],
          ...(locale === undefined ? {} : { locale }),
        },
      },
    ],
    fallback: 'Kidal (/mali fact kidal)',
  });

  it('shows a French post’s fact commands and the fallback quoting them in French', () => {
    const local = withPostLines(post('fr'), tops);
    const story = local.blocks[1];
    expect(story?.type === 'story' && story.card.facts.map((f) => f.command)).toEqual([
      '/mali fiche kidal',
      '/mali fiche jnim',
    ]);
    expect(local.fallback).toBe('Kidal (/mali fiche kidal)');
  });

  it('leaves an English post, and one whose cards name no language, as they are', () => {
    for (const english of [post('en'), post()]) expect(withPostLines(english, tops)).toBe(english);
  });

  it('keeps the English line where the French one would not fit the platform’s ids', () => {
    const local = withPostLines(post('fr'), tops, { maxLength: '/mali fact kidal'.length });
    const story = local.blocks[1];
    expect(story?.type === 'story' && story.card.facts[0]?.command).toBe('/mali fact kidal');
  });
});
