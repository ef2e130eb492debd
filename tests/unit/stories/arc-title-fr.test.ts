import { describe, expect, it } from 'vitest';
import { mergeArcSignatures, type ArcSignature } from '../../../src/stories/arc-signature.js';
import { arcTitle } from '../../../src/stories/arc-title.js';
import { arcTitleFr } from '../../../src/stories/arc-title-fr.js';
import { sign, vocabulary } from './arc-sign-harness.js';

/** Both titles of an arc of the given reports. */
function titles(...reports: ArcSignature[]): [string, string] {
  const [first, ...rest] = reports;
  if (first === undefined) throw new Error('an arc needs a report');
  const signature = rest.reduce(mergeArcSignatures, first);
  return [arcTitle(signature, vocabulary), arcTitleFr(signature, vocabulary)];
}

describe('arcTitleFr', () => {
  it('puts the topic first and a country after au', () => {
    expect(
      titles(
        sign(
          'Soldiers detain president in Niger coup',
          'The presidential guard sealed off Niamey.',
        ),
        sign(
          'Niger coup leaders close borders and airspace',
          'The junta announced it on television.',
        ),
      ),
    ).toEqual(['Niger coup', "Coup d'État au Niger"]);
  });

  it('writes two situation words as a head noun and its complement', () => {
    expect(
      titles(
        sign(
          'Mali closes schools as fuel blockade chokes Bamako',
          'Jihadists have cut fuel supplies.',
        ),
        sign('Mali: the fuel blockade reaches Kayes', 'Tankers are stranded at the border.'),
      ),
    ).toEqual(['Mali fuel blockade', 'Blocus du carburant au Mali']);
  });

  it('writes the measures of a dispute between states and hate speech in French', () => {
    const [, fr] = titles(
      sign('L’Algérie ferme son espace aérien au Mali', 'La mesure vise les vols maliens.'),
      sign('Le Mali ferme son espace aérien à l’Algérie', 'Bamako répond à Alger.'),
    );
    expect(fr).toMatch(/espace aérien/iu);
    expect(fr).not.toMatch(/airspace/u);
    const [, hate] = titles(
      sign('Burkina Faso : enquête ouverte après des appels à la haine', 'Le parquet a saisi.'),
      sign('Burkina Faso : la justice traque les discours haineux', 'Un appel à témoins.'),
    );
    expect(hate).toMatch(/discours de haine/iu);
  });

  it('names the alliance with its article and the body it leaves', () => {
    expect(
      titles(
        sign(
          'Mali, Burkina Faso and Niger announce their withdrawal from ECOWAS',
          'The three military governments said they were leaving the regional bloc with immediate effect.',
        ),
      ),
    ).toEqual(['AES exit from ECOWAS', "Retrait de l'AES de la CEDEAO"]);
  });

  it('makes a town the object of an attack and the scene of anything else', () => {
    const [en, fr] = titles(
      sign('Gunmen attack army convoy near Kidal', 'The convoy was ambushed north of Kidal.'),
      sign('Kidal attack: army says convoy repelled assailants', 'Kidal residents heard gunfire.'),
    );
    expect(en).toBe('Kidal attack');
    expect(fr).toBe('Attaque de Kidal');
    const [, protest] = titles(
      sign('Protest in Bamako over power cuts', 'Hundreds marched in Bamako.'),
      sign('Bamako protest: police disperse marchers', 'The protest in Bamako was broken up.'),
    );
    expect(protest).toBe('Manifestation à Bamako');
  });

  it('keeps the first development’s headline when there is no topic', () => {
    const plain = sign('Le président de la transition reçoit le Premier ministre à Koulouba');
    expect(arcTitleFr(plain, vocabulary)).toBe(arcTitle(plain, vocabulary));
  });
});
