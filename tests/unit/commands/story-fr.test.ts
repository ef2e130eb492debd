import { describe, expect, it } from 'vitest';
import { KIDAL_COURRIER, KIDAL_WIRE, textOf, useReadFixture } from './read-fixture.js';

describe('/sahel story in French', () => {
  const fx = useReadFixture((fresh) => {
    fresh.story([KIDAL_WIRE, KIDAL_COURRIER]);
  });

  it('writes the story id line with the French space before the colon', async () => {
    const text = textOf(await fx.say('/sahel story st-kidal-1', 'fr'));
    expect(text).toContain('Identifiant : st-kidal-1');
    expect(text).not.toContain('Identifiant:');
    expect(textOf(await fx.say('/sahel story st-kidal-1'))).toContain('Story id: st-kidal-1');
  });
});
