import { describe, expect, it } from 'vitest';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

/*
 * The places beyond northern Mali: the region capitals of the three states and the towns of their
 * conflict news. Each is found in real text (the tuning batches of tests/fixtures/real-headlines,
 * stored news pages; trimmed, never reworded) and implies its country; a name shared with a
 * surname, a word or a place elsewhere stays unmatched in the real text that uses it so.
 */

const entitiesOf = (title: string, summary?: string): readonly string[] =>
  matchItem(defaultCompiled(), summary === undefined ? { title } : { title, summary }).entities;

/** [place id, its country, real title, real summary or ''] */
const FOUND: readonly (readonly [string, string, string, string])[] = [
  [
    'djibo',
    'burkina-faso',
    "Burkina Faso : attaque de grande envergure contre un détachement de l'armée à Djibo",
    '',
  ],
  [
    'tillaberi',
    'niger',
    "Niger : l'embuscade dans la région de Tillabéry revendiquée par l'EIGS",
    '',
  ],
  [
    'tillaberi',
    'niger',
    'Niger: a new jihadist attack in the Tillabéri region kills around forty civilians',
    '',
  ],
  [
    'tongo-tongo',
    'niger',
    'ISIL claims attack on Niger soldiers as death toll rises to 28',
    'Ambush on troops took place on Tuesday near Tongo Tongo, close to the Niger-Mali border in the restive Sahel region.',
  ],
  [
    'tessit',
    'mali',
    'The jihadist attack in Mali resulted in the deaths of 17 soldiers, 4 civilians and 7 terrorists.',
    'They died in a jihadist attack against a military camp in the town of Tessit in northern Mali on Sunday',
  ],
  [
    'boulkessi',
    'mali',
    "Mali : six militaires décédés, une trentaine de terroristes neutralisés, annonce l'armée",
    'Au Mali, l’armée malienne a annoncé, tôt dimanche, la mort de six militaires et la blessure de 18 autres dans des attaques à Mondoro et à Boulkessi, deux localités du centre du pays.',
  ],
  [
    'moura',
    'mali',
    'Au Mali, l’armée et des combattants « étrangers » responsables du massacre de 500 personnes à Moura selon l’ONU',
    '',
  ],
  ['kaya', 'burkina-faso', 'Burkina : Notre vie de déplacés internes à Kaya', ''],
  [
    'fada-ngourma',
    'burkina-faso',
    'several dead in the attack on a market in the eastern country',
    'Unidentified gunmen killed about 20 people on Friday in an attack on a cattle market in the village of Fada N’Gourma, in eastern Burkina Faso.',
  ],
  [
    'dori',
    'burkina-faso',
    'Dori (Burkina Faso)',
    'It is the capital of the Sahel region and the province Séno',
  ],
  ['bobo-dioulasso', 'burkina-faso', 'Bobo-Dioulasso, « La maison des Bobo-Dioula »', ''],
  ['ouahigouya', 'burkina-faso', 'Ouahigouya Burkina Faso', 'Lac de Ouahigouya Burkina Faso'],
  [
    'kayes',
    'mali',
    'MALI - Les habitants comptent sur la diaspora pas sur l’Etat dans la région de Kayes',
    '',
  ],
  [
    'segou',
    'mali',
    'Centre du Mali : l’insécurité persiste, la famine guette',
    'Les localités de Bouyaguiweré, B Zanacoro et Mokon viennent rallonger la liste des villages occupés dans la région de Ségou.',
  ],
  [
    'nioro-du-sahel',
    'mali',
    'Région de Nioro du Sahel',
    'La région de Nioro-du-Sahel, (ou Nioros) 11e région administrative du Mali, issue du démembrement de la région de Kayes',
  ],
  ['agadez', 'niger', "Niger's Agadez: Pearl of the Sahara turned migrant hub", ''],
  ['diffa', 'niger', 'Niger: Diffa - a region devastated by the Boko Haram crisis', ''],
  [
    'maradi',
    'niger',
    'Local businesses in northern Nigeria feel the sting of regional sanctions against neighboring Niger',
    'Residents say prices of livestock, animal products and some commodities usually supplied from the city of Maradi in Niger have increased.',
  ],
  [
    'zinder',
    'niger',
    'Zinder',
    'Zinder (which is locally called Damagaram) is the second largest city in Niger',
  ],
  [
    'tahoua',
    'niger',
    'L’attaque de Tazalit menée par des «groupes de narcoterroristes»',
    'Les forces armées nigériennes ont enterré leurs 22 camarades : 14 gardes nationaux, 5 gendarmes et trois soldats, en présence du gouverneur de la région de Tahoua',
  ],
  [
    'banibangou',
    'niger',
    'Niger : au moins 69 personnes tuées dans une attaque terroriste',
    'il a ajouté que l’attaque a tué le nombre susmentionné, dont le maire de Banibango, auquel appartient le village',
  ],
  [
    'torodi',
    'niger',
    'Décapitation de l’administration',
    'JNIM a déclaré le contrôle de 2 postes militaires près de la ville Torodi qui est à 50 kilomètres deNiamey',
  ],
];

describe('places beyond northern Mali', () => {
  it.each(FOUND)('finds %s, and its country %s, in real text', (place, country, title, summary) => {
    const found = entitiesOf(title, summary === '' ? undefined : summary);
    expect(found).toContain(place);
    expect(found).toContain(country);
  });

  it('finds a place without a fact card and the country it implies', () => {
    expect(entitiesOf('Torodi')).toEqual(['torodi', 'niger']);
  });

  it('finds the spellings outlets use', () => {
    for (const [place, name] of [
      ['tillaberi', 'Tillaberi'],
      ['tillaberi', 'région de Tillabéri'],
      ['fada-ngourma', "Fada N'Gourma"],
      ['fada-ngourma', 'Fada Ngourma'],
      ['bobo-dioulasso', 'Bobo Dioulasso'],
      ['segou', 'Segou'],
      ['tongo-tongo', 'Tongo-Tongo'],
      ['anefis', 'Anefis'],
      ['inates', 'Inatès'],
      ['taoudenit', 'Taoudeni'],
    ] as const)
      expect(entitiesOf(name)).toContain(place);
  });

  it('takes the names shared with other things only beside their country or a neighbouring place', () => {
    for (const name of [
      'Kaya',
      'Dori',
      'Dosso',
      'Manga',
      'Kita',
      'Nara',
      'Moura',
      'Kati',
      'Léré',
      'Ber',
      'Djibo',
      'Nioro',
    ])
      expect(entitiesOf(name)).toEqual([]);
    expect(entitiesOf('Kaya, Burkina Faso')).toContain('kaya');
    expect(entitiesOf('Kaya, Barsalogho')).toEqual(['kaya', 'burkina-faso', 'barsalogho']);
    expect(entitiesOf('Dosso, Niger')).toContain('dosso');
    expect(entitiesOf('The Malian army retakes Léré')).toContain('lere');
  });

  it('knows the spelling outlets gave Barsalogho in August 2024', () => {
    const entities = entitiesOf('Attaque de Barsalgho : Le gouvernement solidaire aux victimes');
    expect(entities).toContain('barsalogho');
    expect(entities).toContain('burkina-faso');
  });
});

describe('names that are not these places', () => {
  it.each([
    [
      'kaya',
      'Semih Kaya',
      'Semih Kaya (born 24 February 1991) is a Turkish former professional footballer who played as a centre back, most recently for Galatasaray.',
    ],
    [
      'dosso',
      'Mondial Montaigu : Ibrahim Dosso meilleur buteur',
      'Ibrahim Dosso. Retenez-bien son nom, car ce jeune joueur de la génération 2009 pourrait devenir grand dans les années à venir.',
    ],
    [
      'dosso',
      'Mercato : Dosso Abou a débarqué en Israël',
      'Dosso Abou a débarqué en Israël à la faveur d’un transfert.',
    ],
    ['dori', 'Dori Monson, Conservative Seattle Radio Host, Dies at 61', ''],
    [
      'nara',
      'Japan ex PM Shinzo Abe shot at during campaign speech, wounded',
      'Japanese broadcaster NHK reported that Abe was found bleeding after he collapsed while campaigning in city of Nara.',
    ],
    [
      'lere',
      'Bandits kill three in three Kaduna LGAs',
      'At least two people have been killed by bandits in Lere Local Government Area of Kaduna State.',
    ],
    [
      'moura',
      'Wagner Moura just made Oscar history for Brazil',
      'At 49, Moura plays Armando, a former professor forced into hiding while trying to protect his young son and who goes back to Recife to look for his kid.',
    ],
    [
      'manga',
      'Japan manga market slows, digital captures 73% share',
      'Digital manga accounted for 73 percent of Japan’s domestic manga sales in 2024',
    ],
  ] as const)('does not take %s for the place in "%s"', (place, title, summary) => {
    const found = entitiesOf(title, summary === '' ? undefined : summary);
    expect(found).not.toContain(place);
    expect(found).not.toContain('burkina-faso');
  });

  it('does not take Salou Djibo, who led Niger’s 2010 coup, for the town, even by his surname alone', () => {
    const found = entitiesOf(
      'Salou Djibo: The quiet successor',
      'Former tank commander Salou Djibo took over as Niger’s interim president after ousting President Mamadou Tandja in a military coup on Feb. 18. Djibo is described as a timid, self-effacing man.',
    );
    expect(found).toContain('niger');
    expect(found).not.toContain('djibo');
    expect(found).not.toContain('burkina-faso');
  });

  it('takes Djibo for the town when an attack or jihadists are named with it, with no country', () => {
    expect(entitiesOf("Attaque contre l'armée à Djibo")).toContain('djibo');
    expect(entitiesOf('Jihadists storm army camp in Djibo')).toContain('djibo');
    expect(entitiesOf('Djibo Bakary and the Sawaba party')).not.toContain('djibo');
  });

  it('does not take San alone for the Malian town', () => {
    expect(entitiesOf('San')).toEqual([]);
    expect(entitiesOf('San Francisco')).toEqual([]);
    expect(entitiesOf('cercle de San')).toEqual(['san', 'mali']);
  });
});
