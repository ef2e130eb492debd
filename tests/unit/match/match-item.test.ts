import { describe, expect, it } from 'vitest';
import type { MatchInput } from '../../../src/core/match-types.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

const entitiesOf = (input: MatchInput | string): readonly string[] =>
  matchItem(defaultCompiled(), typeof input === 'string' ? { title: input } : input).entities;

const vetoesOf = (title: string): string[] =>
  matchItem(defaultCompiled(), { title }).vetoed.map((v) => `${v.entity}: ${v.reason}`);

describe('matchItem with the default watchlist', () => {
  describe('whole words', () => {
    it('does not match Niger inside Nigeria', () => {
      expect(entitiesOf('Nigeria raises interest rates again')).not.toContain('niger');
      expect(vetoesOf('Nigeria raises interest rates again')).toContain('niger: excludes "Nigeria"');
    });

    it('does not match Mali inside Somalia or animali', () => {
      expect(entitiesOf('Somalia election delayed')).not.toContain('mali');
      expect(entitiesOf('Gli animali del parco')).toEqual([]);
    });

    it('matches accented words that JS \\b would miss', () => {
      expect(entitiesOf('Des soldats burkinabè tués')).toContain('burkina-faso');
      expect(entitiesOf('Visite du capitaine Ibrahim Traoré')).toContain('ibrahim-traore');
    });
  });

  describe('elision, possessives and spelling variants', () => {
    it("matches l'AES", () => {
      expect(entitiesOf("Le sommet de l'AES s'ouvre à Niamey")).toContain('aes');
    });

    it('matches l’AES with a curly apostrophe', () => {
      expect(entitiesOf('Le sommet de l’AES s’ouvre à Niamey')).toContain('aes');
    });

    it('matches aliases written with any apostrophe form, with offsets into the original text', () => {
      for (const apostrophe of ["'", '\u2018', '\u2019', '\u02bc', '\u2032']) {
        const title = `Le départ de la mission de l${apostrophe}ONU au Mali`;
        const hit = matchItem(defaultCompiled(), { title }).matches.find((m) => m.entity === 'minusma');
        expect(hit && title.slice(hit.start, hit.end)).toBe(`mission de l${apostrophe}ONU au Mali`);
        expect(entitiesOf(`Jama${apostrophe}at Nusrat al-Islam wal-Muslimin revendique l’attaque`)).toContain('jnim');
      }
    });

    it("matches d'Ag Ghaly and qu'Assimi Goïta", () => {
      expect(entitiesOf("Le retour d'Ag Ghaly au Mali")).toContain('iyad-ag-ghaly');
      expect(entitiesOf("Bamako : c'est lui qu'Assimi Goïta a nommé")).toContain('assimi-goita');
    });

    it("matches Mali's as Mali", () => {
      expect(entitiesOf("Mali's junta extends transition")).toEqual(['mali']);
    });

    it('matches hyphen and space variants', () => {
      expect(entitiesOf('Burkina-Faso: new cabinet')).toContain('burkina-faso');
      expect(entitiesOf("Iyad Ag-Ghaly's message")).toContain('iyad-ag-ghaly');
      expect(entitiesOf('Fighting at Tin Zaouaten')).toContain('tinzaouaten');
    });

    it('matches with or without accents', () => {
      expect(entitiesOf('Goita in Menaka')).toEqual(expect.arrayContaining(['assimi-goita', 'menaka']));
      expect(entitiesOf('GOÏTA À MÉNAKA')).toEqual(expect.arrayContaining(['assimi-goita', 'menaka']));
    });
  });

  describe('acronyms', () => {
    it('matches GSIM as jnim', () => {
      expect(entitiesOf('Le GSIM revendique une attaque au Mali')).toContain('jnim');
    });

    it('does not match GSIM the statistics model', () => {
      expect(entitiesOf('UNECE updates the GSIM statistical model')).toEqual([]);
    });

    it('matches acronyms case-sensitively', () => {
      expect(entitiesOf('Les FAMa reprennent Kidal')).toContain('fama');
      expect(entitiesOf('La fama de la cantante')).toEqual([]);
      expect(vetoesOf('La fama de la cantante')).toContain('fama: acronym is case-sensitive (FAMa)');
    });

    it('does not match AES-256', () => {
      expect(entitiesOf('AES-256 flaw found in VPN')).toEqual([]);
      expect(vetoesOf('AES-256 flaw found in VPN')).toContain('aes: excludes "AES-256"');
    });

    it('does not match AES when an exclude occurs anywhere in the item', () => {
      expect(entitiesOf({ title: 'AES keys leaked', summary: 'The encryption flaw affects Mali banks.' })).not.toContain('aes');
    });
  });

  describe('requires and excludes', () => {
    it('matches Wagner in a Sahel story', () => {
      expect(entitiesOf('Wagner fighters leave Mali, Russian sources say')).toContain('wagner');
      expect(entitiesOf('Le groupe Wagner quitte Kidal')).toContain('wagner');
    });

    it('does not match Wagner without Sahel context, and says what was required', () => {
      expect(entitiesOf('Wagner returns')).toEqual([]);
      expect(vetoesOf('Wagner returns')[0]).toMatch(/^wagner: requires one of: @mali, @burkina-faso/);
      expect(entitiesOf('Wagner Group backs down from mutiny in Russia')).toEqual([]);
      expect(entitiesOf('Wagner mercenaries leave Bangui, Central African Republic')).toEqual([]);
    });

    it('does not take jihadists alone for Sahel context around Wagner', () => {
      const mozambique = {
        title: 'Mozambique: Wagner Private Military Force Licks Wounds in Northern Mozambique',
        summary:
          'Security experts say Russian mercenaries close to Putin have retreated after defeats by Islamic jihadists, but have not left the country.',
      };
      expect(entitiesOf(mozambique)).not.toContain('wagner');
      expect(entitiesOf('Wagner fighters clash with Tuareg rebels in the north')).toContain('wagner');
    });

    it('does not take people, clubs and things named Niger or Mali for the states', () => {
      expect(entitiesOf('It wasn’t fraud that cost Niger Innis a primary win')).toEqual([]);
      expect(entitiesOf('NPFL: Niger Tornadoes to host Bayelsa United in Minna')).not.toContain('niger');
      expect(entitiesOf('Niger gov preaches on farming, dressing style stirs controversy')).toEqual([]);
      expect(entitiesOf("'Next Exit' director Mali Elfman inspired by childhood 'haunted' home")).toEqual([]);
      expect(entitiesOf('FESTIVAL This is Why Everyone Went to Mali Ston')).toEqual([]);
      expect(entitiesOf('Thai Hom Mali Rice Is World Champion for 2nd Consecutive Year')).toEqual([]);
      expect(entitiesOf('Mali Harries – Interview with star of Hinterland')).toEqual([]);
    });

    it('still matches the states beside words that start like those names', () => {
      expect(entitiesOf('Niger government suspends French media')).toContain('niger');
      expect(entitiesOf('Niger governs its uranium alone now')).toContain('niger');
      expect(entitiesOf('Mali stones the old order: a new constitution')).toContain('mali');
    });

    it('does not take Niger State in a French list of Nigerian states for the country', () => {
      const bandits = {
        title: 'Qui sont les «bandits» qui écument plusieurs États du Nigeria?',
        summary: 'Les « bandits » agissent habituellement dans les États de Zamfara, Katsina, Niger ou Kaduna.',
      };
      expect(entitiesOf(bandits)).toEqual([]);
      expect(entitiesOf("Des villages de l'Etat régional du Niger attaqués")).not.toContain('niger');
    });

    it("does not take the French army's Serval armoured vehicle for Operation Serval", () => {
      expect(entitiesOf('La France commande 530 blindés légers Serval')).not.toContain('french-operations');
      expect(entitiesOf("Serval, c'est aussi un véhicule blindé multi-rôles léger")).not.toContain('french-operations');
      expect(entitiesOf('Opération Serval, il y a un an déjà…')).toContain('french-operations');
    });

    it('does not take a Bamako dateline for the city', () => {
      const dated = {
        title: 'Russian troops deploy to Timbuktu in Mali after French withdrawal',
        summary: 'BAMAKO, Jan 6 (Reuters) - Russian soldiers have deployed to the city of Timbuktu in northern Mali.',
      };
      expect(entitiesOf(dated)).not.toContain('bamako');
      expect(entitiesOf(dated)).toContain('timbuktu');
      expect(entitiesOf({ title: 'Soldiers killed in central Mali', summary: 'BAMAKO — At least 27 soldiers were killed.' })).not.toContain('bamako');
      expect(entitiesOf('Fuel runs short in Bamako, May sees queues grow')).toContain('bamako');
    });

    it('does not match Richard Wagner, even in Russia', () => {
      expect(entitiesOf('Richard Wagner festival opens in Moscow')).not.toContain('wagner');
    });

    it('does not match Niger Delta, Niger State or the Bamako Convention', () => {
      expect(entitiesOf('Oil spill in the Niger Delta')).toEqual([]);
      expect(entitiesOf('Gunmen attack school in Niger State')).not.toContain('niger');
      expect(entitiesOf('Bamako Convention meets on waste')).toEqual([]);
    });

    it('treats the Niger River as a place, not the state, in a story about Mali or Niger', () => {
      expect(entitiesOf('Le fleuve Niger en crue à Mopti')).toEqual(['niger-river', 'mopti', 'mali']);
      expect(entitiesOf('Niamey: the River Niger bursts its banks')).toContain('niger-river');
    });

    it('does not count the River Niger in a Nigeria-only story', () => {
      expect(entitiesOf('Flooded River Niger cuts off Lokoja in Kogi State, Nigeria')).toEqual([]);
      expect(entitiesOf('Le fleuve Niger menacé par la pollution au Nigeria')).toEqual([]);
      expect(entitiesOf('Niger Basin Authority warns Nigeria of floods along the Niger and Benue')).toEqual([]);
    });

    it("does not take Arm's Mali GPUs for Mali", () => {
      expect(entitiesOf('Arm Mali-G710 GPU gets a new open-source driver')).toEqual([]);
      expect(entitiesOf('Panfrost adds support for the Mali-G57 in Mesa')).toEqual([]);
      expect(entitiesOf('Mali GPU driver flaw exploited on Android phones')).toEqual([]);
      expect(entitiesOf("Arm's Mali graphics lead in budget phones")).toEqual([]);
      expect(entitiesOf('Mali quits the G5 Sahel force')).toContain('mali');
    });

    it('does not match Gao Xingjian or a GAO audit', () => {
      expect(entitiesOf('Gao Xingjian exhibition opens')).toEqual([]);
      expect(entitiesOf('GAO audit faults Pentagon')).toEqual([]);
    });

    it('does not match Timbuktu the film', () => {
      expect(entitiesOf("Sissako's film Timbuktu restored")).toEqual([]);
    });

    it('never matches a bare Traoré', () => {
      expect(entitiesOf('Adama Traoré signs for Fulham')).toEqual([]);
    });
  });

  describe('places and context-only states', () => {
    it('implies Mali from a Malian place, naming the implying place', () => {
      const result = matchItem(defaultCompiled(), { title: 'Attack near Kidal' });
      expect(result.entities).toEqual(['attack', 'kidal', 'mali']);
      expect(result.matches).toContainEqual({ entity: 'mali', alias: 'Kidal', field: 'title', start: 12, end: 17, impliedBy: 'kidal' });
    });

    it('matches Russia only in a Sahel-anchored item', () => {
      expect(entitiesOf('Russia raises rates')).toEqual([]);
      expect(vetoesOf('Russia raises rates')).toEqual(['russia: context-only, no Sahel anchor']);
      expect(entitiesOf('Russia sends instructors to Bamako')).toEqual(expect.arrayContaining(['russia', 'bamako', 'mali']));
    });

    it('does not take Étoile du Sahel as a Sahel anchor', () => {
      expect(entitiesOf('Étoile du Sahel signs Russian striker')).toEqual([]);
    });
  });

  describe('fields, offsets and ranking', () => {
    it('reports offsets into the original text when accents are decomposed', () => {
      const title = 'Me\u0301naka et Goi\u0308ta';
      const result = matchItem(defaultCompiled(), { title });
      const menaka = result.matches.find((m) => m.entity === 'menaka');
      const goita = result.matches.find((m) => m.entity === 'assimi-goita');
      expect(menaka && title.slice(menaka.start, menaka.end)).toBe('Me\u0301naka');
      expect(goita && title.slice(goita.start, goita.end)).toBe('Goi\u0308ta');
    });

    it('ranks title hits above summary hits', () => {
      const result = matchItem(defaultCompiled(), { title: 'Burkina Faso: vote', summary: 'Mali and Mali.' });
      expect(result.entities[0]).toBe('burkina-faso');
      expect(result.scores['burkina-faso']).toBeGreaterThan(result.scores['mali'] ?? 0);
    });

    it('matches in the content field too', () => {
      const result = matchItem(defaultCompiled(), { title: 'News', summary: '', content: 'Heavy fighting near Gao, Mali.' });
      expect(result.matches.map((m) => `${m.entity}/${m.field}`)).toContain('gao/content');
    });

    it('returns nothing for an empty item', () => {
      expect(matchItem(defaultCompiled(), { title: '' })).toEqual({ entities: [], matches: [], vetoed: [], scores: {} });
    });
  });

  describe('topics', () => {
    it('tags French and English inflections', () => {
      expect(entitiesOf('Attaques à Gao, Mali')).toContain('attack');
      expect(entitiesOf('Two hostages kidnapped in Mali')).toContain('kidnapping');
      expect(entitiesOf('Frappes de drones à Kidal')).toContain('drone-strike');
    });

    it('does not take "du coup" for a coup', () => {
      expect(entitiesOf('Du coup, la junte malienne recule')).not.toContain('coup');
      expect(entitiesOf('Tentative de coup d’État au Burkina')).toContain('coup');
    });

    it('does not take gunfire ("des coups de feu", "un coup de feu") for a coup', () => {
      expect(entitiesOf('Mali : des coups de feu entendus à Bamako')).not.toContain('coup');
      expect(entitiesOf('Un coup de feu tiré près du camp de Kati')).not.toContain('coup');
    });
  });

  describe('results and the working state reused between calls', () => {
    const items: readonly MatchInput[] = [
      { title: 'Wagner fighters leave, Russian sources say' },
      { title: 'Wagner returns' },
      { title: 'AES-256 flaw found in VPN', summary: 'La fama de la cantante' },
      { title: 'Attack near Kidal', summary: 'Russia sends instructors to Bamako' },
      { title: 'Étoile du Sahel signs Russian striker' },
      { title: 'Me\u0301naka et Goi\u0308ta' },
      {
        title: 'JNIM, the FAMa and Wagner clash near Kidal, Gao, Ménaka and Tombouctou',
        summary: 'Le GSIM revendique l’attaque. Burkina Faso, Niger and Mali (AES) condemn it; ECOWAS and the junta in Niamey react. '.repeat(3),
        content: 'Burkina Faso: Ouagadougou, Djibo, Bamako, Niamey, Tillabéri, Mopti.',
      },
    ];
    const json = (input: MatchInput): string => JSON.stringify(matchItem(defaultCompiled(), input));

    it('gives the same result whatever was matched before', () => {
      const forward = items.map(json);
      const backward = [...items].reverse().map(json).reverse();
      expect(backward).toEqual(forward);
      const afterLargest = items.map((item) => {
        json(items[items.length - 1] as MatchInput);
        return json(item);
      });
      expect(afterLargest).toEqual(forward);
    });

    it('returns results that later calls leave alone', () => {
      const result = matchItem(defaultCompiled(), { title: 'Attack near Kidal', summary: 'AES-256 flaw, says La fama' });
      expect(result.matches.length).toBeGreaterThan(0);
      expect(result.vetoed.length).toBeGreaterThan(0);
      const before = JSON.stringify(result);
      for (const item of items) matchItem(defaultCompiled(), item);
      expect(JSON.stringify(result)).toBe(before);
    });

    it('keeps the longest hit of an entity in each field, not across fields', () => {
      const result = matchItem(defaultCompiled(), { title: 'Burkina vote', summary: 'Burkina Faso votes' });
      expect(result.matches.filter((m) => m.entity === 'burkina-faso').map((m) => `${m.field} ${m.start}-${m.end}`)).toEqual([
        'title 0-7',
        'summary 0-12',
      ]);
    });
  });
});
