import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { textOf, useReadFixture } from './read-fixture.js';

describe('/sahel explain', () => {
  const fx = useReadFixture();

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
    expect(text).toContain(
      'Not relevant: only event topics (attack) matched, no Sahel actor, place or country.',
    );
    expect(text).toContain('- niger ✗ "Niger" (excludes "Nigeria" · title [');
  });

  it('names entities and their kinds in French', async () => {
    expect(textOf(await fx.say('/sahel explain Attaque du GSIM près de Kidal', 'fr'))).toContain(
      '(normal) Reconnus : Attaque (thème), JNIM (GSIM) (groupe armé), Kidal (lieu), Mali (État)',
    );
  });

  it('says when nothing matched, in French too', async () => {
    expect(textOf(await fx.say('/sahel explain Weather in Oslo', 'fr'))).toContain(
      'Non pertinent : rien de la liste de veille ne correspond.',
    );
  });

  it('refuses a text longer than a few paragraphs in one line, instead of an answer no chat can post', async () => {
    const answer = await fx.say(`/sahel explain ${'Attack near Kidal. '.repeat(120)}`);
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toBe(
      'explain takes a headline or a few sentences, at most 2000 characters (got 2279)',
    );
  });

  it('refuses an empty text with the usage', async () => {
    const answer = await fx.say('/sahel explain');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toContain('/sahel explain <text>');
  });
});

describe('/sahel explain, context and descriptors', () => {
  const fx = useReadFixture();

  it('does not count context-only countries without a Sahel anchor, and says why', async () => {
    const text = textOf(await fx.say('/sahel explain Russia and France sign a trade deal'));
    expect(text).toContain('Not relevant: nothing on the watchlist matched.');
    expect(text).toContain('- russia ✗ "Russia" (context-only, no Sahel anchor · title [0–6])');
  });

  it('answers that two context-only countries alone are not Sahel news, with the reason', async () => {
    const text = textOf(await fx.say('/sahel explain "Russia and France trade barbs"'));
    expect(text).toMatchInlineSnapshot(`
      "# What the watchlist sees | Russia and France trade barbs
      (normal) Not relevant: nothing on the watchlist matched.
      (normal) Near misses
      - russia ✗ "Russia" (context-only, no Sahel anchor · title [0–6])
      - france ✗ "France" (context-only, no Sahel anchor · title [11–17])"
    `);
  });

  it('names the descriptor that matched and the context that allowed it, dated today', async () => {
    const text = textOf(await fx.say('/sahel explain Russian instructors arrive in Bamako'));
    expect(text).toMatch(
      /- africa-corps ← "Russian instructors" \(title \[0–19\] · descriptor "Russian instructors" \(context: [^)]*\)\)/,
    );
  });
});
