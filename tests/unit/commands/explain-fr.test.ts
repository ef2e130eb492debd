import { describe, expect, it } from 'vitest';
import { contextInFrench, reasonInFrench } from '../../../commands/explain-reason-fr.js';
import { textOf, useReadFixture } from './read-fixture.js';

describe('/sahel explain in French', () => {
  const fx = useReadFixture();

  it('gives the near misses and their reasons in French, with French quotes', async () => {
    const text = textOf(await fx.say('/sahel explain Militants attack oil site in Nigeria', 'fr'));
    expect(text).toContain('- niger ✗ « Niger » (exclu par « Nigeria » · titre [');
    expect(text).not.toMatch(/excludes|"Nig/);
    const context = textOf(
      await fx.say('/sahel explain Russia and France sign a trade deal', 'fr'),
    );
    expect(context).toContain(
      '- russia ✗ « Russia » (contexte seulement, sans ancrage au Sahel · titre [0–6])',
    );
  });

  it('quotes what matched the French way', async () => {
    const text = textOf(await fx.say('/sahel explain Attaque du GSIM près de Kidal', 'fr'));
    expect(text).toContain('- jnim ← « GSIM » (titre [');
  });

  it('translates each reason form the matcher gives, and keeps an unknown one whole', () => {
    expect(reasonInFrench('descriptor excludes "Russian Navy"')).toBe(
      'la description exclut « Russian Navy »',
    );
    expect(reasonInFrench('requires one of: @mali, Niamey')).toBe(
      'demande l’un de : @mali, Niamey',
    );
    expect(reasonInFrench('descriptor requires one of: @mali')).toBe(
      'la description demande l’un de : @mali',
    );
    expect(reasonInFrench('acronym is case-sensitive (GAO)')).toBe(
      'sigle sensible à la casse (GAO)',
    );
    expect(
      reasonInFrench('a dateline (where the report was filed), not a place the item names'),
    ).toBe('lieu de rédaction de la dépêche, pas un lieu dont parle l’article');
    expect(reasonInFrench('descriptor applies from 2024-01')).toBe(
      'la description vaut à partir de 2024-01',
    );
    expect(reasonInFrench('descriptor applies 2012-04 to 2020-08, and the item has no date')).toBe(
      'la description vaut du 2012-04 au 2020-08, et l’article n’a pas de date',
    );
    expect(reasonInFrench('vetoes[2]: "zoo" in the item, none of: @anchor, Bamako')).toBe(
      'veto n° 2 : « zoo » dans l’article, et aucun de : @anchor, Bamako',
    );
    expect(reasonInFrench('something new')).toBe('something new');
  });

  it('gives what allowed a description in French, names and phrases as written', () => {
    expect(contextInFrench('mali')).toBe('mali');
    expect(contextInFrench('"Ménaka"')).toBe('« Ménaka »');
    expect(contextInFrench('from 2024-01')).toBe('à partir de 2024-01');
    expect(contextInFrench('"Ménaka"; until 2023-12')).toBe('« Ménaka » ; jusqu’à 2023-12');
    expect(contextInFrench('@anchor; 2012-04 to 2020-08')).toBe('@anchor ; du 2012-04 au 2020-08');
  });
});
