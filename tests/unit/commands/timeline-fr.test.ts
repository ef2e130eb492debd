import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { buildTimeline, eventIn } from '../../../commands/timeline.js';
import type { Config, TimelineEventConfig } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { config, textOf, useReadFixture } from './read-fixture.js';

/** The default config with the Kidal event as one written before French texts existed. */
function withoutFrench(): Config {
  const timeline = config.timeline.map((event): TimelineEventConfig => {
    if (event.date !== '2023-11-14') return event;
    const { titleFr: _title, textFr: _text, ...english } = event;
    return english;
  });
  return { ...config, timeline };
}

function timelineOf(source: Config, locale: 'en' | 'fr'): Message {
  const built = buildTimeline(source, { country: 'mali', from: '2023-11', to: '2023-11' }, locale);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

describe('the timeline in French', () => {
  it('shows a French reader each event’s French title and text', () => {
    const message = timelineOf(config, 'fr');
    expect(message.blocks[1]).toEqual({
      type: 'list',
      entries: [
        expect.objectContaining({
          label: '14 novembre 2023',
          text: "L'armée et Wagner prennent Kidal",
          detail: expect.stringMatching(
            /^Les troupes maliennes appuyées par Wagner prennent Kidal/,
          ),
        }),
      ],
    });
    expect(message.fallback).toContain("14 novembre 2023 — L'armée et Wagner prennent Kidal");
    expect(message.fallback).not.toContain('take Kidal');
    expect(timelineOf(config, 'en').fallback).toContain('14 Nov 2023 — Army and Wagner take Kidal');
  });

  it('falls back to the English of an event without French', () => {
    const message = timelineOf(withoutFrench(), 'fr');
    expect(message.fallback).toContain('14 novembre 2023 — Army and Wagner take Kidal');
    expect(eventIn({ title: 'T', titleFr: 'Tf', text: 'X' }, 'fr')).toEqual({
      title: 'Tf',
      text: 'X',
    });
  });
});

describe('the timeline section of a fact card in French', () => {
  const fx = useReadFixture();

  it('lists the related events under their French titles', async () => {
    const text = textOf(await fx.say('/mali fact kidal', 'fr'));
    expect(text).toContain(
      "(normal) Chronologie\n- 14 novembre 2023 — L'armée et Wagner prennent Kidal",
    );
    expect(text).not.toContain('Army and Wagner take Kidal');
    const english = textOf(await fx.say('/mali fact kidal', 'en'));
    expect(english).toContain('(normal) Timeline\n- 14 Nov 2023 — Army and Wagner take Kidal');
  });

  it('shows the English title of a related event without French', async () => {
    const bare = withoutFrench();
    const answer = await createCommandSet(bare).runAction(
      '/mali fact kidal',
      makeContext(bare, { locale: 'fr', ports: { read: fx.read, admin: unexpectedPorts().admin } }),
    );
    expect(textOf(answer)).toContain('- 14 novembre 2023 — Army and Wagner take Kidal');
  });
});
