import type { EntityConfig, FactConfig } from '../../../src/core/config-types.js';
import type { Block, Message } from '../../../src/core/message.js';
import type { Story, StorySource } from '../../../src/core/story.js';
import { makeEntity } from '../../fakes/make-entity.js';

export const HOUR = 3_600_000;
/** 2026-11-24 08:00 in Bamako (UTC+0). */
export const NOW = Date.parse('2026-11-24T08:00:00Z');

export function source(outlet: string, overrides: Partial<StorySource> = {}): StorySource {
  const slug = outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    itemId: `${slug}-1`,
    feedId: slug,
    outlet,
    url: `https://${slug}.example/story`,
    title: `${outlet} headline`,
    lang: 'en',
    tier: 1,
    publishedAt: NOW - 2 * HOUR,
    ...overrides,
  };
}

export function story(id: string, overrides: Partial<Story> = {}): Story {
  return {
    id,
    firstSeenAt: NOW - 3 * HOUR,
    lastSeenAt: NOW - 2 * HOUR,
    leadItemId: `${id}-lead`,
    title: `Story ${id}`,
    url: `https://example.org/${id}`,
    summary: `Summary of ${id}.`,
    lang: 'en',
    tags: [],
    entities: [],
    countries: [],
    sources: [source('RFI English')],
    ...overrides,
  };
}

function entity(
  id: string,
  kind: EntityConfig['kind'],
  name: string,
  facts: readonly string[],
  extra: Partial<EntityConfig> = {},
): EntityConfig {
  return makeEntity({ id, kind, name, aliases: { en: [name], fr: [] }, facts, ...extra });
}

function fact(
  id: string,
  title: string,
  entities: readonly string[],
  titleFr?: string,
): FactConfig {
  return {
    id,
    title,
    ...(titleFr === undefined ? {} : { titleFr }),
    text: '',
    keyDates: [],
    sources: [{ name: 'Ref', url: `https://facts.example/${id}` }],
    entities,
  };
}

export const config = {
  watchlist: {
    anchors: [],
    entities: [
      entity('mali', 'state', 'Mali', ['mali']),
      entity('kidal', 'place', 'Kidal', ['kidal']),
      entity('jnim', 'armed-group', 'JNIM', ['jnim'], { weight: 2 }),
      entity('assimi-goita', 'person', 'Assimi Goïta', ['assimi-goita'], { weight: 3 }),
      entity('attack', 'topic', 'Attack', [], { nameFr: 'Attaque' }),
      entity('diplomacy', 'topic', 'Diplomacy', [], { nameFr: 'Diplomatie' }),
    ],
  },
  facts: [
    fact('mali', 'Mali', ['mali']),
    fact('kidal', 'Kidal', ['kidal']),
    fact('jnim', 'JNIM', ['jnim'], 'JNIM (GSIM)'),
    fact('assimi-goita', 'Assimi Goïta', ['assimi-goita']),
  ],
};

/** A plain rendering of a Message, one line per element, for readable inline snapshots. */
export function render(message: Message | null): string {
  if (message === null) return '(nothing)';
  return message.blocks.map(renderBlock).join('\n');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `# ${block.text}${block.subtitle === undefined ? '' : `\n  ${block.subtitle}`}`;
    case 'story': {
      const c = block.card;
      return [
        `* [${c.title}](${c.url ?? '-'}) {${c.storyId}}`,
        `  ${c.summary}`,
        `  sources: ${c.sources.map((s) => s.name).join(', ')}`,
        ...(c.provenance === undefined ? [] : [`  provenance: ${c.provenance}`]),
        ...(c.note === undefined ? [] : [`  note: ${c.note}`]),
        ...(c.tags.length === 0 ? [] : [`  tags: ${c.tags.join(', ')}`]),
        ...(c.facts.length === 0
          ? []
          : [`  background: ${c.facts.map((f) => `${f.title} (${f.command})`).join(' · ')}`]),
      ].join('\n');
    }
    case 'text':
      return `(${block.tone ?? 'normal'}) ${block.text}`;
    case 'divider':
      return '---';
    case 'list':
      return block.entries
        .map(
          (e) =>
            `- ${e.label === undefined ? '' : `${e.label}: `}${e.text}${e.url === undefined ? '' : ` (${e.url})`}`,
        )
        .join('\n');
    case 'actions':
      return `[${block.actions.map((a) => a.label).join('] [')}]`;
  }
}

/** An attack in Kidal first seen at `at`: the story a held alert (quiet hours, a cap) tells. */
export function kidalAttackAt(id: string, at: number): Story {
  return story(id, {
    firstSeenAt: at,
    lastSeenAt: at,
    tags: ['attack'],
    entities: ['kidal'],
    countries: ['mali'],
  });
}
