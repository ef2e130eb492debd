import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import type { Config, FactConfig } from '../../../src/core/config-types.js';
import { toFactRef } from '../../../src/core/link-facts.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { config, textOf, useReadFixture } from './read-fixture.js';

/** The default config with the Kidal card as a card written before French texts existed. */
function withoutFrench(): Config {
  const facts = config.facts.map((fact): FactConfig => {
    if (fact.id !== 'kidal') return fact;
    const { textFr: _text, ...english } = fact;
    return { ...english, keyDates: fact.keyDates.map(({ date, text }) => ({ date, text })) };
  });
  return { ...config, facts };
}

describe('/mali fact in French', () => {
  const fx = useReadFixture();

  it('shows the card’s French text and key dates to a French reader', async () => {
    const text = textOf(await fx.say('/mali fact kidal', 'fr'));
    expect(text).toMatch(/^# Kidal\n\(normal\) Ville et région du nord du Mali, bastion touareg\./);
    expect(text).toContain(
      "(normal) Dates clés\n- 14 novembre 2023 — Prise par l'armée malienne et Wagner.",
    );
    expect(text).not.toContain('Town and region');
    const english = textOf(await fx.say('/mali fact kidal', 'en'));
    expect(english).toMatch(/^# Kidal\n\(normal\) Town and region in northern Mali/);
  });

  it('falls back to the English text for a card without French', async () => {
    const bare = withoutFrench();
    const commands = createCommandSet(bare);
    const answer = await commands.runAction(
      '/mali fact kidal',
      makeContext(bare, { locale: 'fr', ports: { read: fx.read, admin: unexpectedPorts().admin } }),
    );
    const text = textOf(answer);
    expect(text).toContain('Town and region in northern Mali');
    expect(text).toContain(
      '(normal) Dates clés\n- 14 novembre 2023 — Taken by the Malian army and Wagner.',
    );
  });

  it('gives a linked card’s one-line gist in the reader’s language', () => {
    const kidal = config.facts.find((f) => f.id === 'kidal');
    if (kidal === undefined) throw new Error('the default config has a Kidal card');
    expect(toFactRef(kidal, config, 'fr').gist).toBe(
      'Ville et région du nord du Mali, bastion touareg.',
    );
    expect(toFactRef(kidal, config, 'en').gist).toMatch(/^Town and region in northern Mali/);
  });

  it('has French text for every default card and key date', () => {
    for (const fact of config.facts) {
      expect(fact.textFr, fact.id).toBeTruthy();
      for (const keyDate of fact.keyDates)
        expect(keyDate.textFr, `${fact.id} ${keyDate.date}`).toBeTruthy();
    }
  });
});
