import { describe, expect, it } from 'vitest';
import type { MatchInput } from '../../../src/core/match-types.js';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

/*
 * The item-level vetoes of config/watchlist.yaml and the dateline rule, on real text: stored news
 * pages and the tuning batches of tests/fixtures/real-headlines (title and first sentences,
 * trimmed, never reworded; a `content` is a later sentence of the same page).
 */

const entitiesOf = (input: MatchInput): readonly string[] => matchItem(defaultCompiled(), input).entities;
const explain = (input: MatchInput): string[] => explainMatch(input, matchItem(defaultCompiled(), input));

describe('Niger State written as bare "Niger" in Nigerian copy', () => {
  it.each([
    {
      title: 'Colonies Of Deadly Armed Bandits Sack More Communities In Niger',
      summary:
        'A likely humanitarian crisis is in the offing in Niger State as colonies of mobile armed bandits ransack villages and communities in Rafi, Shiroro, Zungeru and Munya council areas displacing thousands of people from their homes into settler camps.',
    },
    {
      title: 'Niger Under Siege As Arrogant, Dire Devil Bandits Reign',
      summary:
        'Unmasked and unhooded gunmen operating mostly in day light in tens of communities in Rafi, Munya, Shiroro, Mariga and other parts of Niger State have gone haywire and brazenly saucy as they operate and challenged security personnel to dare them for a size.',
    },
    {
      title: 'Concerns over displacement of 4,065 villagers in Niger',
      summary:
        'The displacement 4065 villagers in Rafi and Shiroro local government areas of Niger state by unknown bandits has become a source of worry for the stakeholders and the state government.',
    },
    {
      // real3-en-078 (tuning batch 3): the page calls the state "the landlocked country".
      title: 'Niger Governor Mohammed Umaru Has Promised To Support Over 30000 Farmers',
      summary:
        'Amid the administrative power transition in NIger, the Governor of the landlocked country in West Africa, Niger has promised to support 30,000 farmers.',
    },
    {
      // real6-en-055 (tuning batch 6): "Niger militants" are the Niger Delta's.
      title: 'Breaking!!!NIGER Delta Militants Blow another Oil Pipeline; Soldiers Narrowly Escape Death',
      summary:
        'A new phase of battle has started between federal government and Niger delta militants. It started on Tuesday as Niger militants attacked 4 surveillance guards deployed to protect the Trans Forcados export line.',
    },
  ])('does not match Niger in "$title"', (input) => {
    expect(entitiesOf(input)).not.toContain('niger');
  });

  it('names the veto and the phrase that proved Niger State', () => {
    const lines = explain({
      title: 'Concerns over displacement of 4,065 villagers in Niger',
      summary: 'The displacement 4065 villagers in Rafi and Shiroro local government areas of Niger state by unknown bandits.',
    });
    expect(lines[0]).toMatch(/^niger ✗ "Niger" vetoed: vetoes\[0\]: "Rafi" in the item, none of: @niger, /);
  });
});

describe('Niger the country in Nigerian copy that names Nigerian places', () => {
  it.each([
    {
      // The coup and "between Nigeria and Niger" name the country beside a Kebbi LGA.
      title: 'New foreign terror gang Lakurawa kills 17 in Kebbi',
      summary:
        'Gunmen suspected to be members of the Lakurawa (a new Terror Group), on Friday night killed 17 people in an attack on Mera village in Augie Local Government Area of Kebbi State, while trying to rustle cattle.',
      content:
        'It would be recalled that the Defence Headquarters through its spokesperson, Major – General Edward Buba, in his bi-weekly briefing Thursday, confirmed the new terror group emerged from Niger after the coup, which disrupted military cooperation between Nigeria and Niger.',
    },
    {
      title: 'NIGER COUP: With N3,000, smugglers in Nigeria’s Illela border enjoy free pass despite closure',
      summary:
        'AMIDST the Niger crisis and the ECOWAS decision on border closure, The ICIR’s Olugbenga Adanikin and multimedia reporter Sinafi Omanga visited the border communities to document what is left of the real-live activities.',
      content: 'One could tell the dark, mid-sized man was on duty manning the Nigerian-Niger border at Illela Local Government Area, Sokoto state.',
    },
    {
      title: 'Nigerien Troops Reportedly Rescue Nigerian Soldiers From Armed Bandits',
      summary:
        'Nine soldiers fleeing bandits’ assault in Sokoto have been rescued by Nigerien troops. Sources told Daily Trust that the Nigerian soldiers were rescued at Basira, a border village under Gidan Roumdji district of Niger Republic, on Friday.',
      content:
        'It was learnt that nine soldiers, three mobile policemen and three personnel of the Nigeria Security and Civil Defence Corps (NSCDC) lost their lives in the attack, at a base in Sabon Birni Local Government Area of Sokoto State.',
    },
    {
      title: 'Katsina smugglers thrive on porous Nigeria-Niger border',
      summary: 'Jibya, a town bordering the Niger Republic in Nigeria’s Katsina State, has become a hub for these activities.',
    },
  ])('matches Niger in "$title"', (input) => {
    expect(entitiesOf(input)).toContain('niger');
  });
});

describe('Mali the Manila Zoo elephant', () => {
  it.each([
    {
      // real2-en-118 and real2-en-120 (tuning batch 2)
      title: 'All Mali wants for Christmas is freedom—animal rights group',
      summary:
        "Following an expert's report that Manila Zoo's lone elephant Mali may die due to a worsening foot ailment, animal rights group People for the Ethical Treatment of Animals (PETA) Asia released a Christmas advertisement.",
    },
    {
      title: 'Moreno wants Mali to stay in Manila Zoo',
      summary:
        'MANILA, Philippines — Manila Mayor Isko Moreno promised the proper care of Mali at the Manila Zoo even as an animal rights group yesterday sought the elephant’s transfer to a sanctuary.',
    },
  ])('does not match Mali in "$title"', (input) => {
    expect(entitiesOf(input)).toEqual([]);
  });

  it("still matches Mali's own desert elephants", () => {
    expect(
      entitiesOf({
        title: 'Poaching threatens Mali’s rare desert elephants: UN mission',
        summary:
          'About a fifth of Mali’s rare desert elephants have been killed this year as ivory poachers exploit a security vacuum in the country’s north, the United Nations said on Thursday.',
      }),
    ).toContain('mali');
  });
});

describe('Arm Mali GPUs and the Mali Empire', () => {
  it.each([
    // real6-en-095, real7-fr-093, real6-en-133, real7-fr-096 and real7-fr-097 (tuning batches 6 and 7)
    {
      title: 'Mali custom driver',
      summary:
        'Mali is a popular GPU (Graphics Processing Unit) developed by ARM (Advanced RISC Machines). It is widely used in various mobile devices, such as smartphones and tablets, as well as in some embedded systems.',
    },
    {
      title: 'Smartphones GPU Mali ARM',
      summary: "Les écrans de smartphones ne cessent d'afficher des définitions toujours supérieures.",
    },
    {
      title: 'Sundiata Keita: The Lion King of Mali',
      summary: 'Sundiata Keita was the founder of the Mali Empire and is popularly referred to as the Lion King.',
    },
    {
      title: "Mansa Moussa, l'homme le plus riche de tous les temps",
      summary: 'Mansa Moussa (parfois appelé Kanga Moussa, Kankan Moussa ou Kankou Moussa) fut empereur du Mali de 1312 à 1332.',
    },
    {
      title: 'Empire du Mali: Mansa Musa, un roi en or',
      summary: 'L’Empire du Mali naît par la victoire de Soundiata Keïta (1190-1255) sur Soumaoro Kanté.',
    },
  ])('does not match Mali in "$title"', (input) => {
    expect(entitiesOf(input)).toEqual([]);
  });

  it('still matches Mali in news that names the emperor beside a Sahel anchor', () => {
    expect(
      entitiesOf({
        title: 'Mali junta renames Bamako streets after Mansa Musa',
        summary: 'The junta replaced French colonial names with those of Mali’s emperors.',
      }),
    ).toContain('mali');
  });
});

describe('ECOWAS on Guinea-Bissau', () => {
  it('does not name ECOWAS when a summit on Guinea-Bissau names a Sahel state in passing', () => {
    // real6-en-082 and real7-fr-075 (tuning batches 6 and 7)
    expect(
      entitiesOf({
        title: 'ECOWAS Threatens Targeted Sanctions Over Guinea-Bissau Coup as Leaders Meet in Abuja',
        summary:
          "ECOWAS warned it will impose targeted sanctions on anyone blocking Guinea-Bissau's return to civilian rule after last month's coup as regional leaders met in Abuja. The summit focused on the Guinea-Bissau takeover, a failed coup in Benin and mounting insecurity in the Sahel, where Burkina Faso…",
      }),
    ).not.toContain('ecowas');
    expect(
      entitiesOf({
        title: "L'Afrique de l'Ouest hausse le ton",
        summary: 'Un sommet extraordinaire de la Cédéao sur la crise politique en Guinée Bissau s’est achevé vendredi à Niamey (Niger).',
      }),
    ).not.toContain('ecowas');
  });

  it('names ECOWAS when the same item is about the Sahel states leaving it', () => {
    expect(
      entitiesOf({
        title: 'ECOWAS summit on Guinea-Bissau',
        summary: 'Leaders also discussed the withdrawal of Mali, Burkina Faso and Niger from the bloc.',
      }),
    ).toContain('ecowas');
  });
});

describe('the film Bamako', () => {
  it.each([
    // real3-en-066, real3-en-067 and real3-fr-042 (tuning batch 3)
    {
      title: 'Bamako Abderrahmane Sissako',
      summary:
        'The novel approach of this international smack down doesn’t always translate into cinema gold, but you have to admit its impassioned cri de coeur resonates far beyond the limits of its concept.',
    },
    {
      title: 'Bamako',
      summary:
        "A court is in session in a small village in Africa, complete with bewigged judges and serious bailiffs high-stepping over goats and squealing kids, but it's no ordinary defendant and plaintiff in this well-spun allegory.",
    },
    {
      title: 'Sissako Abderrahmane',
      summary:
        "Si vous allez voir Bamako pour voir un film politique sur les responsabilités de la Banque Mondiale, du FMI ou du G8 dans la misère des Africains, n'y allez pas.",
    },
  ])('does not match Bamako in a review: "$title"', (input) => {
    expect(entitiesOf(input)).toEqual([]);
  });

  it('still matches Bamako in film news that names Mali', () => {
    expect(
      entitiesOf({
        title: 'Bamako : Une semaine Eurafricaine au cinéma et les Rencontres Cinématographiques de Bamako (RCB)',
        summary: 'Du 30 novembre (et même avant) au 10 décembre, la capitale malienne se veut un écrin de films et de talents.',
      }),
    ).toEqual(['bamako', 'mali']);
  });
});

describe('wire datelines', () => {
  it('does not count a place in capitals that opens the summary before a colon, comma or dash', () => {
    // real3-en-053 (tuning batch 3) and real-en-115 (tuning half)
    const camp = {
      title: 'At least 10 Malian soldiers killed in attack on camp',
      summary: 'BAMAKO: At least 10 Malian soldiers were killed today in an attack on their camp in the restive north blamed on jihadists.',
    };
    expect(entitiesOf(camp)).not.toContain('bamako');
    expect(explain(camp)).toContain('bamako ✗ "Bamako" vetoed: a dateline (where the report was filed), not a place the item names');
    expect(
      entitiesOf({
        title: "Mali's Tuareg rebels, who have seized country's north, declare independence of Azawad nation",
        summary: 'BAMAKO, Mali - Rebels of the nomadic Tuareg people who have seized control of Mali’s remote north have declared independence of the Azawad nation.',
      }),
    ).toEqual(['mali']);
  });

  it('does not count a place in any case when a parenthesised source follows it', () => {
    // real6-en-004 (tuning batch 6)
    expect(
      entitiesOf({
        title: 'Two Malian soldiers killed in attack',
        summary: 'Bamako, (UrduPoint / Pakistan Point News - 14th Feb, 2022 ) :Two Malian soldiers were killed early Sunday in northern Mali.',
      }),
    ).not.toContain('bamako');
  });

  it('counts the place in a title, or written in ordinary case', () => {
    expect(entitiesOf({ title: 'BAMAKO: curfew lifted' })).toEqual(['bamako', 'mali']);
    expect(entitiesOf({ title: 'Curfew lifted', summary: 'Bamako: the authorities lifted the curfew.' })).toEqual(['bamako', 'mali']);
  });
});
