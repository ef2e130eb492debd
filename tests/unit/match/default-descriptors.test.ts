import { describe, expect, it } from 'vitest';
import type { MatchInput } from '../../../src/core/match-types.js';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

/** The default watchlist's descriptive references: who "the Malian army" or "casques bleus" is. */

const at = (date: string): number => Date.parse(`${date}T12:00:00Z`);
const entitiesOf = (input: MatchInput | string): readonly string[] =>
  matchItem(defaultCompiled(), typeof input === 'string' ? { title: input } : input).entities;
const explain = (input: MatchInput): string[] => explainMatch(input, matchItem(defaultCompiled(), input));

describe('the army of a country', () => {
  it.each([
    'The Malian army retakes Léré',
    'Malian soldiers killed in ambush',
    'Malian troops enter the town',
    "Mali's armed forces announce an offensive",
    "L'armée malienne revendique des frappes",
    'Les soldats maliens se retirent de la base',
  ])('names the FAMa: %s', (title) => {
    expect(entitiesOf(title)).toContain('fama');
  });

  it('does not take another army for the FAMa', () => {
    expect(entitiesOf('Nigerian army kills insurgents in Borno')).toEqual([]);
    expect(entitiesOf("L'armée nigériane frappe dans le Borno")).not.toContain('fama');
  });

  it('does not take the junta for the army', () => {
    expect(entitiesOf("Mali's military junta bans political parties")).not.toContain('fama');
  });

  it('takes soldiers killed or wounded in a story about Mali alone for the FAMa', () => {
    expect(entitiesOf('At least 27 soldiers killed in central Mali attack')).toContain('fama');
    expect(entitiesOf('Mali : douze militaires tués dans une embuscade près de Tombouctou')).toContain('fama');
    expect(entitiesOf('Soldiers wounded as army retakes town in Mali')).toContain('fama');
  });

  it('does not take soldiers for the FAMa outside Mali or beside another force there', () => {
    expect(entitiesOf('Soldiers killed in Borno ambush')).not.toContain('fama');
    expect(entitiesOf('Chadian soldiers killed in attack on UN camp in northern Mali')).not.toContain('fama');
    expect(entitiesOf('Nigerien soldiers killed near the border with Mali')).not.toContain('fama');
    expect(entitiesOf('Mali : deux soldats français tués par un engin explosif')).not.toContain('fama');
  });
});

describe('UN peacekeepers', () => {
  it('are MINUSMA in a story about Mali', () => {
    expect(entitiesOf('UN peacekeepers leave Kidal base')).toContain('minusma');
    expect(entitiesOf('Mali: les casques bleus quittent Tombouctou')).toContain('minusma');
    expect(entitiesOf('Mali : la mission de l’ONU plie bagage')).toContain('minusma');
  });

  it('match the mission by its name in any case and common misspellings', () => {
    for (const title of ['Minusma convoy hit by IED', "MINUSMA's last camp closes", 'La Minusmah quitte Gao']) {
      expect(entitiesOf(title)).toContain('minusma');
    }
  });

  it('are not MINUSMA elsewhere, even when Mali is named in passing', () => {
    expect(entitiesOf('UN peacekeepers wounded in southern Lebanon')).toEqual([]);
    expect(entitiesOf('Malian peacekeepers killed in Central African Republic')).not.toContain('minusma');
    expect(entitiesOf('Casques bleus : le Liban demande un renfort')).toEqual([]);
    expect(entitiesOf('UN mission in Libya warns of arms flowing to Mali')).not.toContain('minusma');
  });
});

describe('Russian mercenaries and instructors', () => {
  it('are Wagner in Mali until mid-2025, and when undated', () => {
    expect(entitiesOf({ title: 'Russian mercenaries accused of killings in central Mali', publishedAt: at('2022-04-05') })).toContain('wagner');
    expect(entitiesOf('Des mercenaires russes accusés d’exactions au Mali')).toContain('wagner');
    expect(entitiesOf({ title: 'Russian instructors arrive in Bamako', publishedAt: at('2022-01-10') })).toContain('wagner');
  });

  it('are Africa Corps in Burkina Faso and Niger from 2024, and in Mali after Wagner left', () => {
    const burkina = entitiesOf({ title: 'Russian instructors arrive in Ouagadougou', publishedAt: at('2024-01-25') });
    expect(burkina).toContain('africa-corps');
    expect(burkina).not.toContain('wagner');
    const mali = entitiesOf({ title: 'Russian paramilitaries patrol northern Mali', publishedAt: at('2025-09-01') });
    expect(mali).toContain('africa-corps');
    expect(mali).not.toContain('wagner');
    expect(entitiesOf({ title: 'Des militaires russes déployés au Mali', publishedAt: at('2024-05-01') })).toContain('africa-corps');
    expect(entitiesOf({ title: 'Russian military trainers land in Niamey', publishedAt: at('2024-04-12') })).toContain('africa-corps');
    expect(entitiesOf({ title: 'Russian military trainers land in Niamey', publishedAt: at('2023-12-31') })).not.toContain('africa-corps');
  });

  it('are nobody in a story about Ukraine alone', () => {
    expect(entitiesOf('Russian mercenaries advance near Bakhmut')).toEqual([]);
  });
});

describe('the Sahel alliance', () => {
  it.each([
    'Sahel confederation holds first summit in Niamey',
    'Mali, Burkina Faso and Niger deepen their Sahel alliance',
    "L'Alliance du Sahel crée une banque commune, annoncent les juntes",
    "The three juntas' alliance rejects ECOWAS ultimatum",
  ])('is the AES: %s', (title) => {
    expect(entitiesOf(title)).toContain('aes');
  });

  it('is not the donors’ Alliance Sahel', () => {
    expect(entitiesOf('Sahel Alliance donors pledge funds for schools')).toEqual([]);
  });
});

describe('the West African bloc', () => {
  it('is ECOWAS, named in any case or by description, in a story about the Sahel states', () => {
    for (const title of [
      'The West African bloc lifts sanctions on Mali',
      'Le bloc ouest-africain réuni à Abuja sur le Niger',
      'Ecowas summit opens with Burkina Faso on the agenda',
      'La Cedeao hausse le ton face à Niamey',
      "CEDEAO : sommet extraordinaire sur l'AES",
    ]) {
      expect(entitiesOf(title)).toContain('ecowas');
    }
  });

  it('is not Sahel news when it is about Guinea, Togo or Benin', () => {
    expect(entitiesOf('ECOWAS urges Guinea junta to submit election agenda')).toEqual(['election']);
    expect(entitiesOf('La Cedeao réunie à Lomé : Talon absent')).toEqual([]);
    expect(entitiesOf('The West African bloc meets in Abuja on Guinea')).toEqual([]);
  });

  it('is ECOWAS as "the regional bloc" in a story about the three states, not when it is their own', () => {
    expect(entitiesOf('Mali, Niger and Burkina quit the regional bloc')).toContain('ecowas');
    expect(entitiesOf('Mali, Niger and Burkina form a new regional bloc')).not.toContain('ecowas');
  });
});

describe('jihadist groups by description', () => {
  it('takes the Islamic State in a Sahel story for its Sahel province', () => {
    expect(entitiesOf('Islamic State claims attack on Nigerien soldiers near Tillabéri')).toContain('issp');
    expect(entitiesOf("Mali : l'EI revendique l'attaque de Ménaka")).toContain('issp');
    expect(entitiesOf('ISIS fighters kill villagers in northern Burkina Faso')).toContain('issp');
    expect(entitiesOf('ISIL claims attack on Niger soldiers near Tongo Tongo')).toContain('issp');
  });

  it('does not take the Islamic State in Syria or around Lake Chad for it', () => {
    expect(entitiesOf('Islamic State claims attack in Syria')).not.toContain('issp');
    expect(entitiesOf('Islamic State West Africa Province raids Diffa in Niger')).not.toContain('issp');
    expect(entitiesOf('The EI index rose in March')).toEqual([]);
  });

  it('does not take jihadist words or AQIM alone for a Sahel story around the Islamic State', () => {
    const moscow = {
      title: "Russie : plus de 60 morts dans une attaque armée revendiquée par l'EI",
      summary: 'Une attaque armée dans une salle de concert de la banlieue de Moscou a été revendiquée par le groupe jihadiste Etat islamique (EI).',
    };
    const kasserine = {
      title: 'Trois « terroristes », dont un chef d’Aqmi, abattus dans le centre-ouest de la Tunisie',
      summary: 'Un chef de Jund al-Khilafa, affilié à l’organisation Etat islamique (EI) et Al-Qaïda au Maghreb islamique (Aqmi).',
    };
    expect(entitiesOf(moscow)).not.toContain('issp');
    expect(entitiesOf(kasserine)).not.toContain('issp');
    expect(entitiesOf("Des jihadistes de l'EI attaquent une patrouille près de Tongo Tongo")).toContain('issp');
  });

  it("takes the West Africa branch's name for the Sahel province only in Ménaka or Tillabéri", () => {
    expect(
      entitiesOf(
        "Insécurité dans la région de Ménaka : l'Etat islamique revendique l'attaque au nom de sa branche ouest-africaine (ISWAP)",
      ),
    ).toContain('issp');
    expect(entitiesOf('ISWAP claims attack on soldiers near Diffa, close to Lake Chad')).not.toContain('issp');
    expect(entitiesOf('ISWAP fighters raid a base in Borno')).not.toContain('issp');
  });

  it("takes al-Qaeda's Sahel affiliate and the French full names for JNIM", () => {
    expect(entitiesOf("Al-Qaeda's Sahel affiliate claims Bamako attack")).toContain('jnim');
    expect(entitiesOf("Mali : la branche sahélienne d'Al-Qaïda revendique l'attaque")).toContain('jnim');
    expect(entitiesOf("Le Groupe de soutien de l'islam et des musulmans revendique l'attaque")).toContain('jnim');
    expect(entitiesOf("Le Groupe de soutien à l'islam et aux musulmans revendique l'attaque")).toContain('jnim');
  });

  it('does not take al-Qaeda elsewhere, or a bare al-Qaeda-linked group, for JNIM', () => {
    expect(entitiesOf('Al-Qaeda affiliate al-Shabaab attacks base in Somalia')).not.toContain('jnim');
    // In Mali that is as often AQIM, Ansar Dine or Katiba Macina, or a group left unnamed.
    expect(entitiesOf('Al-Qaeda-linked militants kill soldiers in Mali')).not.toContain('jnim');
  });
});

describe('leaders by title', () => {
  it('names Ibrahim Traoré by a title before his surname', () => {
    for (const title of ['Captain Traoré addresses the nation', 'Burkina leader Traoré meets Putin', 'Burkina : le président Traoré reçoit Lavrov']) {
      expect(entitiesOf(title)).toContain('ibrahim-traore');
    }
  });

  it('names him by the bare surname only beside the other AES leaders', () => {
    expect(entitiesOf('Goïta, Traoré and Tiani sign the confederation treaty')).toContain('ibrahim-traore');
    expect(entitiesOf('Traoré meets the press in Burkina Faso')).not.toContain('ibrahim-traore');
    expect(entitiesOf('The Burkinabe leader met Putin in Moscow')).toContain('ibrahim-traore');
  });

  it('leaves a bare Traoré, a footballer Traoré or a former Malian Traoré alone', () => {
    expect(entitiesOf('Traoré scores twice for Aston Villa')).toEqual([]);
    expect(entitiesOf('Bertrand Traoré, Burkina Faso striker, joins new club')).not.toContain('ibrahim-traore');
    expect(entitiesOf('Mali: former president Moussa Traoré remembered')).not.toContain('ibrahim-traore');
  });

  it("names Goïta and Tiani by their office in their country's stories", () => {
    expect(entitiesOf("Mali's junta leader extends his term")).toContain('assimi-goita');
    expect(entitiesOf('Mali : le président de la transition reçoit les partis')).toContain('assimi-goita');
    expect(entitiesOf("Niger's junta leader visits Bamako")).toEqual(expect.arrayContaining(['abdourahamane-tiani', 'niger']));
    expect(entitiesOf("Niger's junta leader visits Bamako")).not.toContain('assimi-goita');
    expect(entitiesOf('Niger : le président du CNSP nomme un gouvernement')).toContain('abdourahamane-tiani');
  });

  it('does not name them by an office in another country, even one visiting a Sahel capital', () => {
    const leaders = ['assimi-goita', 'abdourahamane-tiani', 'ibrahim-traore'];
    expect(entitiesOf('Guinea junta leader Doumbouya wins election')).toEqual(expect.not.arrayContaining(leaders));
    expect(entitiesOf("Guinea's junta leader Doumbouya visits Bamako")).toEqual(['bamako', 'mali']);
    expect(entitiesOf('Chad’s military ruler Mahamat Déby in Niamey')).toEqual(['niger']);
    expect(entitiesOf('Le chef de la junte guinéenne reçu à Ouagadougou')).toEqual(['burkina-faso']);
  });
});

describe('explanations of descriptors', () => {
  it('name the descriptor and the context that allowed it', () => {
    expect(explain({ title: 'The Malian army retakes Léré', summary: 'Les casques bleus avaient quitté la zone.' })).toMatchInlineSnapshot(`
      [
        "fama ← descriptor "Malian army" in title [4–15]",
        "mali ← "Malian" in title [4–10]",
        "lere ← "Léré" in title [24–28]",
        "mali ← "Léré" in title [24–28] (implied by lere)",
        "minusma ← descriptor "casques bleus" (context: mali) in summary [4–17]",
      ]
    `);
  });
});
