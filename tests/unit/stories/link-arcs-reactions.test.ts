import { describe, expect, it } from 'vitest';
import type { StoredArc } from '../../../src/core/arc-ports.js';
import { mergeArcSignatures, type ArcSignature } from '../../../src/stories/arc-signature.js';
import { linkArc } from '../../../src/stories/link-arcs.js';
import { measureOf } from '../../../src/stories/measure-headline.js';
import { sign, vocabulary } from './arc-sign-harness.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-22T12:00:00Z');
const OPTIONS = { now: NOW, windowMs: 7 * DAY };

/** An arc of the given developments, last seen a day before NOW. */
function arc(id: string, reports: readonly ArcSignature[]): StoredArc<ArcSignature> {
  const [first, ...rest] = reports;
  if (first === undefined) throw new Error('an arc needs a report');
  const at = NOW - DAY;
  return {
    arc: {
      id,
      title: id,
      firstSeenAt: at,
      lastSeenAt: at,
      storyIds: reports.map((_, i) => `${id}-${i}`),
    },
    signature: rest.reduce(mergeArcSignatures, first),
  };
}

// Solenzo stream, March 2025: the killings told by their victims' people.
const killings = arc('killings', [
  sign(
    'Burkina Faso : des massacres de civils dénoncés dans l’ouest du pays',
    'Des images choquantes circulant sur les réseaux sociaux montrent des scènes de massacres de civils.',
  ),
  sign(
    'Au Burkina Faso, le train de l’enfer a démarré pour les Peuls',
    'La région de Solenzo a une nouvelle fois été le théâtre de massacres perpétrés sur les populations peules.',
  ),
]);

// Chatoumane stream, December 2024: the attack, then measures against two broadcasters.
const attack = arc('attack', [
  sign(
    'Le Niger enregistre la pire attaque sur son sol depuis six mois',
    'Le Niger a été frappé, ce 10 décembre 2024, par l’une de ses attaques les plus meurtrières depuis six mois.',
  ),
]);
const suspension = sign(
  'Niger junta suspends BBC, accusing it of spreading false news in coverage of attack',
  'Niger’s ruling junta suspended the BBC for three months over its coverage of an extremist attack that allegedly killed dozens of soldiers.',
);

describe('linkArc: reactions and measures', () => {
  it('links an inquiry to the killings its headline names by the victims’ people', () => {
    const inquiry = sign(
      'Burkina : enquête ouverte après des appels à l’extermination de Peuls',
      'La justice burkinabè a ouvert une enquête après la publication sur les réseaux sociaux de messages d’appel à l’extermination.',
    );
    const link = linkArc(inquiry, [killings], vocabulary, OPTIONS);
    expect(link.arcId).toBe('killings');
    expect(link.reason).toContain('name peul');
  });

  it('does not count a name only a lead gives', () => {
    const elsewhere = sign(
      'Burkina : le gouvernement annonce un nouveau calendrier scolaire',
      'Les Peuls de la région ne sont pas concernés, selon le ministère.',
    );
    expect(linkArc(elsewhere, [killings], vocabulary, OPTIONS).arcId).toBeNull();
  });

  it('keeps a broadcaster’s suspension over its coverage of an attack out of the attack’s arc', () => {
    const link = linkArc(suspension, [attack], vocabulary, OPTIONS);
    expect(link.arcId).toBeNull();
    expect(link.reason).toMatch(/topic 0 \(none\) < 2$/);
  });

  it('links two measures of one state against broadcasters, whatever the measure', () => {
    const complaint = sign(
      'Le Niger porte plainte contre RFI pour incitation au génocide et au massacre intercommunautaire',
      'Le gouvernement nigérien a décidé de porter plainte contre Radio France internationale.',
    );
    const link = linkArc(complaint, [attack, arc('media', [suspension])], vocabulary, OPTIONS);
    expect(link.arcId).toBe('media');
    expect(link.reason).toContain('measure');
  });
});

describe('measureOf', () => {
  it('reads suspensions, bans, lawsuits and complaints in English and French', () => {
    expect(measureOf('Niger suspends BBC')).toBe('suspends');
    expect(measureOf('Le Niger attaque RFI en justice pour incitation au génocide')).toBe(
      'en justice',
    );
    expect(measureOf('Niger : Plainte contre RFI et suspension de la BBC')).toBe('plainte');
    expect(measureOf('Mali bans French broadcaster')).toBe('bans');
  });

  it('reads no measure in an actor stopping its own work, an attack, an inquiry or a suspense', () => {
    expect(measureOf('NGOs suspend work in Ménaka after two staff kidnapped')).toBeUndefined();
    expect(
      measureOf('Ménaka : les ONG suspendent leurs activités après l’enlèvement'),
    ).toBeUndefined();
    expect(measureOf('Gunmen attack army post near Tera')).toBeUndefined();
    expect(measureOf('Burkina : enquête ouverte après des appels à la haine')).toBeUndefined();
    expect(measureOf('Suspense in Bamako as talks resume')).toBeUndefined();
  });
});

describe('linkArc: a government’s word on false reports', () => {
  it('links a crackdown on disinformation to the denial of the massacres it called false', () => {
    const denial = arc('denial', [
      sign(
        'Le gouvernement dément les allégations de massacres ethniques et appelle à la vigilance face à la désinformation',
        'Le gouvernement burkinabè dénonce une campagne de désinformation orchestrée sur les réseaux sociaux.',
      ),
    ]);
    const crackdown = sign(
      'Burkina Faso : Une chasse lancée contre les auteurs d’intox',
      'Au Burkina Faso, le gouvernement a décidé d’agir de manière ferme face à la prolifération de fausses informations.',
    );
    const link = linkArc(crackdown, [denial], vocabulary, OPTIONS);
    expect(link.arcId).toBe('denial');
    expect(link.reason).toContain('disinformation');
  });
});
