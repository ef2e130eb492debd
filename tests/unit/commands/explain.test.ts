import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { createReadFixture, textOf } from './read-fixture.js';

describe('/sahel explain', () => {
  let fx: ReturnType<typeof createReadFixture>;
  beforeEach(() => {
    fx = createReadFixture();
  });
  afterEach(() => fx.close());

  it('says a text is relevant and shows each entity with alias, field and offsets', async () => {
    expect(textOf(await fx.say('/sahel explain GSIM claims attack near Kidal')))
      .toMatchInlineSnapshot(`
      "# What the watchlist sees | GSIM claims attack near Kidal
      (normal) Relevant: a report saying this would make a story.
      (normal) Matched: JNIM (armed-group), Attack (topic), Kidal (place), Mali (state)
      - jnim ← "GSIM" (title [0–4])
      - attack ← "attack" (title [12–18] · alias "attack*")
      - kidal ← "Kidal" (title [24–29])
      - mali ← "Kidal" (title [24–29] · implied by kidal)"
    `);
  });

  it('shows the near misses the rules turned down', async () => {
    const text = textOf(await fx.say('/sahel explain Militants attack oil site in Nigeria'));
    expect(text).toContain('Not relevant: only event topics matched');
    expect(text).toContain('- niger ✗ "Niger" (excludes "Nigeria" · title [');
  });

  it('says when nothing matched, in French too', async () => {
    expect(textOf(await fx.say('/sahel explain Weather in Oslo', 'fr'))).toContain(
      'Non pertinent : rien de la liste de veille ne correspond.',
    );
  });

  it('refuses an empty text with the usage', async () => {
    const answer = await fx.say('/sahel explain');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toContain('/sahel explain <text>');
  });
});
