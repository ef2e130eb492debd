/**
 * Features that read as news: a scene-setting headline that states where a group stands ("face
 * à", "facing", "en première ligne", "on the front line") and reads no act is analysis; the
 * same words around an act stay news.
 */
import { describe, expect, it } from 'vitest';
import { pieceKind } from '../../../src/stories/piece-kind.js';

const kindOf = (title: string): string => pieceKind({ title, summary: '', url: null });

describe('features that read as news', () => {
  it('takes a group set against its plight after a scene-setting opening for analysis', () => {
    expect(
      kindOf(
        'Au Burkina Faso, les Peuls face au poison de la vengeance : enfants, femmes, vieillards, tout le monde y passe',
      ),
    ).toBe('analysis');
    expect(kindOf('In Mali, Fulani herders facing reprisals from militias')).toBe('analysis');
    expect(kindOf("Dans l'ouest du Niger, des villages face à la peur")).toBe('analysis');
  });

  it('takes a group placed on a front for analysis, in French and English', () => {
    expect(
      kindOf(
        'Au Burkina Faso, les BIR du capitaine Traoré en première ligne de la sale guerre contre les djihadistes',
      ),
    ).toBe('analysis');
    expect(kindOf('In Burkina Faso, volunteer fighters on the front line of a dirty war')).toBe(
      'analysis',
    );
  });

  it('keeps a headline that tells an act as news', () => {
    expect(kindOf("Au Mali, l'armée repousse une attaque face aux jihadistes")).toBe('news');
    expect(kindOf('In Niger, soldiers facing jihadists killed in ambush near Tillabéri')).toBe(
      'news',
    );
  });

  it('keeps "face à" without a scene-setting opening as news', () => {
    expect(kindOf("Mali : la grève des transporteurs de Gao face à l'insécurité croissante")).toBe(
      'news',
    );
    expect(
      kindOf(
        'Le gouvernement dément les allégations de massacres et appelle à la vigilance face à la désinformation',
      ),
    ).toBe('news');
  });
});
