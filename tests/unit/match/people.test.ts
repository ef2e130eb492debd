import { describe, expect, it } from 'vitest';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

/*
 * The people (and the one group) added to the default watchlist: each is found by its full name in
 * English and French text, and the short or common forms of their names count only in context.
 */

const entitiesOf = (title: string, summary?: string): readonly string[] =>
  matchItem(defaultCompiled(), summary === undefined ? { title } : { title, summary }).entities;

/** The entities of a headline published on `date` (YYYY-MM-DD, UTC). */
const entitiesOn = (date: string, title: string): readonly string[] =>
  matchItem(defaultCompiled(), { title, publishedAt: Date.parse(`${date}T12:00:00Z`) }).entities;

/** [entity id, English headline, French headline], each naming the person in full. */
const FULL_NAMES: readonly (readonly [string, string, string])[] = [
  ['mohamed-bazoum', 'Lawyers for Mohamed Bazoum appeal to the regional court', 'Les avocats de Mohamed Bazoum saisissent la Cour régionale'],
  ['mahamadou-issoufou', 'Mahamadou Issoufou wins the Ibrahim Prize', "L'ancien président Issoufou Mahamadou reçoit le prix Mo Ibrahim"],
  ['ali-lamine-zeine', 'Ali Mahamane Lamine Zeine visits Moscow', 'Ali Mahaman Lamine Zeine reçu à Moscou'],
  ['brigi-rafini', 'Brigi Rafini named CEN-SAD executive secretary', 'Brigi Rafini nommé secrétaire exécutif de la CEN-SAD'],
  ['ibrahim-boubacar-keita', 'Ibrahim Boubacar Keïta dies at 76', "Décès d'Ibrahim Boubacar Keita à son domicile"],
  ['amadou-toumani-toure', 'Amadou Toumani Touré dies in Istanbul', "Amadou Toumani Toure s'est éteint à Istanbul"],
  ['amadou-sanogo', 'Court ends the trial of Amadou Haya Sanogo', "Fin du procès d'Amadou Haya Sanogo"],
  ['dioncounda-traore', 'Dioncounda Traoré sworn in as interim president', 'Dioncounda Traoré prête serment'],
  ['bah-ndaw', "Bah N'Daw sworn in as interim president", 'Bah N’Daw a prêté serment vendredi'],
  ['moctar-ouane', 'Moctar Ouane named prime minister', 'Moctar Ouané nommé Premier ministre'],
  ['choguel-maiga', 'Choguel Kokalla Maïga dismissed', 'Choguel Maiga limogé avec son gouvernement'],
  ['abdoulaye-maiga', 'General Abdoulaye Maïga named prime minister', 'Le général de division Abdoulaye Maïga nommé'],
  ['roch-kabore', 'Roch Marc Christian Kaboré released', 'Roch Kabore reçoit des visiteurs'],
  ['michel-kafando', 'Michel Kafando reinstated', 'Michel Kafando rétabli dans ses fonctions'],
  ['paul-henri-damiba', 'Paul-Henri Sandaogo Damiba sworn in', 'Paul Henri Damiba a prêté serment'],
  ['apollinaire-kyelem', 'Apollinaire Joachim Kyélem de Tambèla dismissed', 'Apollinaire Kyelem de Tambela limogé'],
  ['alghabass-ag-intalla', 'Alghabass Ag Intalla named in inquiry', "Alghabass ag Intalla visé par une enquête"],
  ['bilal-ag-acherif', 'Bilal Ag Acherif speaks to reporters', 'Bilal Ag Achérif reçu à Paris'],
  ['adnan-abu-walid-al-sahrawi', 'Adnan Abu Walid al-Sahrawi killed', 'Adnan Abou Walid al-Sahraoui neutralisé'],
  ['abu-huzeifa', 'Mali says it killed Abu Huzeifa near Ménaka', 'Abou Huzeifa tué dans la région de Ménaka'],
  ['jafar-dicko', 'Jafar Dicko seen near Djibo', 'Djaffar Dicko aperçu près de Djibo'],
  ['ansarul-islam', 'Ansarul Islam claims attack', 'Ansaroul Islam revendique une attaque'],
  ['blaise-compaore', 'Blaise Compaoré sentenced in absentia', 'Blaise Compaore condamné par contumace'],
  ['yacouba-isaac-zida', 'Yacouba Isaac Zida named prime minister', 'Isaac Zida nommé Premier ministre'],
  ['gilbert-diendere', 'Gilbert Diendéré admits the coup was a mistake', 'Le général Gilbert Diendéré condamné'],
  ['christophe-dabire', 'Christophe Dabiré resigns', 'Christophe Joseph Marie Dabiré démissionne'],
  ['lassina-zerbo', 'Lassina Zerbo named prime minister', 'Lassina Zerbo nommé Premier ministre'],
  ['albert-ouedraogo', 'Prime Minister Albert Ouédraogo forms his cabinet', 'Le Premier ministre Albert Ouedraogo forme son gouvernement'],
  ['jean-emmanuel-ouedraogo', 'Rimtalba Jean Emmanuel Ouédraogo appointed', 'Rimtalba Jean-Emmanuel Ouédraogo nommé'],
  ['ouhoumoudou-mahamadou', 'Ouhoumoudou Mahamadou named prime minister', 'Ouhoumoudou Mahamadou nommé Premier ministre'],
  ['cheick-modibo-diarra', 'Cheick Modibo Diarra resigns on television', 'Cheikh Modibo Diarra démissionne'],
  ['moussa-mara', 'Moussa Mara sentenced to two years', 'Moussa Mara condamné à deux ans de prison'],
  ['soumeylou-boubeye-maiga', 'Soumeylou Boubèye Maïga dies in detention', 'Soumeylou Boubeye Maiga décédé en détention'],
  ['boubou-cisse', 'Boubou Cissé named prime minister', 'Boubou Cissé nommé Premier ministre'],
  ['abdelmalek-droukdel', 'Abdelmalek Droukdel killed in northern Mali', 'Abdelmalek Droukdal tué au Mali'],
  ['sadio-camara', "Mali's defence minister Sadio Camara in Moscow", 'Le ministre de la Défense Sadio Camara à Moscou'],
  ['abdoulaye-diop', 'Mali: Abdoulaye Diop addresses the Security Council', 'Le ministre malien Abdoulaye Diop devant le Conseil de sécurité'],
  ['malick-diaw', 'Malick Diaw re-elected head of the CNT in Mali', 'Mali : Malick Diaw reconduit à la tête du CNT'],
  ['abu-ubaydah-al-annabi', 'AQIM names Abu Ubaida Yusuf al-Annabi as its leader', "Abou Obeida Youssef al-Annabi à la tête d'AQMI"],
  ['el-hadj-ag-gamou', 'General El Hadj Ag Gamou named governor of Kidal', 'Le général Alhadji Ag Gamou nommé gouverneur'],
  ['salifou-mody', 'Niger: Salifou Mody meets his Russian counterpart', 'Le général Salifou Modi à Moscou'],
  ['ismael-wague', 'Ismaël Wagué visits Kidal', 'Le ministre Ismael Wague en visite à Kidal'],
];

describe('people added to the default watchlist', () => {
  describe('full names', () => {
    it.each(FULL_NAMES)('finds %s by full name in English and French', (id, en, fr) => {
      expect(entitiesOf(en)).toContain(id);
      expect(entitiesOf(fr)).toContain(id);
    });

    it('finds full names in capitals and without accents', () => {
      expect(entitiesOf('IBRAHIM BOUBACAR KEITA HOSPITALISED')).toContain('ibrahim-boubacar-keita');
      expect(entitiesOf('Kyelem de Tambela: the interview')).toContain('apollinaire-kyelem');
    });

    it('tells Dioncounda Traoré from Ibrahim Traoré', () => {
      const found = entitiesOf('Dioncounda Traoré recalls the 2012 transition');
      expect(found).toContain('dioncounda-traore');
      expect(found).not.toContain('ibrahim-traore');
    });
  });

  describe('common surnames', () => {
    it('never matches a bare surname', () => {
      for (const title of ['Maïga scored twice', 'Keïta signs a new contract', 'Kaboré wins the sprint stage', 'Zeine opens a restaurant']) {
        expect(entitiesOf(title), title).toEqual([]);
      }
    });

    it('does not take Boubacar Keïta the footballer for IBK', () => {
      const found = entitiesOf('Boubacar Keïta, the Mali midfielder, scored twice');
      expect(found).not.toContain('ibrahim-boubacar-keita');
      expect(entitiesOf('Boubacar Keïta returns to Bamako after the coup')).toContain('ibrahim-boubacar-keita');
    });

    it('counts a bare Damiba only in a Burkina context', () => {
      expect(entitiesOf('A Damiba family reunion')).toEqual([]);
      expect(entitiesOf('Damiba returns to Ouagadougou')).toContain('paul-henri-damiba');
    });

    it('counts a bare Abdoulaye Maïga only as a Malian official', () => {
      expect(entitiesOf('Abdoulaye Maïga signs for a Ligue 2 club')).not.toContain('abdoulaye-maiga');
      expect(entitiesOf('Abdoulaye Maïga, the defender, scored', 'He plays for the Mali team.')).not.toContain('abdoulaye-maiga');
      expect(entitiesOf('Abdoulaye Maïga called up', 'The sélectionneur of the Aigles du Mali named his squad.')).not.toContain('abdoulaye-maiga');
      expect(entitiesOf('Abdoulaye Maïga meets the government', 'The prime minister spoke in Bamako.')).toContain('abdoulaye-maiga');
    });

    it('counts Lamine Zeine only in a Niger context, and never Zeine Ould Zeidane', () => {
      expect(entitiesOf('Lamine Zeine wins the chess open')).toEqual([]);
      expect(entitiesOf('Lamine Zeine meets General Tiani in Niamey')).toContain('ali-lamine-zeine');
      expect(entitiesOf('Prime Minister Zeine Ould Zeidane visits Niger')).not.toContain('ali-lamine-zeine');
    });

    it('counts Zida, Diendéré, Joseph Dabiré and the Ouédraogo prime ministers only in a Burkina context', () => {
      expect(entitiesOf('Zida wins the cycling stage')).toEqual([]);
      expect(entitiesOf('Zida returns to Ouagadougou')).toContain('yacouba-isaac-zida');
      expect(entitiesOf('Diendéré family reunion')).toEqual([]);
      expect(entitiesOf('Albert Ouédraogo opens a bakery')).toEqual([]);
      expect(entitiesOf('Albert Ouédraogo forms the government', 'Burkina Faso has a new cabinet.')).toContain('albert-ouedraogo');
      expect(entitiesOf('Jean Emmanuel Ouédraogo wins the marathon')).toEqual([]);
    });

    it('counts a titled Kaboré or Kyélem only in a Burkina context', () => {
      expect(entitiesOf('President Kaboré opens the congress')).toEqual([]);
      expect(entitiesOf('President Kaboré back in Ouagadougou')).toContain('roch-kabore');
      expect(entitiesOf('Kyélem speaks')).toEqual([]);
      expect(entitiesOf('Kyélem speaks in Ouagadougou')).toContain('apollinaire-kyelem');
    });
  });

  describe('offices, by the date of the item', () => {
    it("names Mali's prime minister of the day, and nobody while the office was held ad interim", () => {
      const title = "Mali's prime minister visits Moscow";
      expect(entitiesOn('2023-05-02', title)).toContain('choguel-maiga');
      expect(entitiesOn('2025-03-01', title)).toContain('abdoulaye-maiga');
      expect(entitiesOn('2025-03-01', title)).not.toContain('choguel-maiga');
      expect(entitiesOn('2022-10-01', title)).not.toContain('choguel-maiga');
      expect(entitiesOn('2022-10-01', 'Mali: the interim prime minister speaks at the UN')).toContain('abdoulaye-maiga');
      expect(entitiesOf(title)).not.toContain('abdoulaye-maiga');
    });

    it('names the bare prime minister only in a story about that country', () => {
      expect(entitiesOn('2025-01-15', 'Le Premier ministre préside un conseil à Bamako')).toContain('abdoulaye-maiga');
      expect(entitiesOn('2025-01-15', 'Le Premier ministre nigérien Lamine Zeine reçu à Bamako')).not.toContain('abdoulaye-maiga');
      expect(entitiesOn('2025-01-15', 'Le Premier ministre français en visite à Dakar')).toEqual([]);
    });

    it("names Niger's and Burkina Faso's prime ministers of the day", () => {
      expect(entitiesOn('2022-02-01', "Niger's prime minister meets donors")).toContain('ouhoumoudou-mahamadou');
      expect(entitiesOn('2024-02-01', "Niger's prime minister meets donors")).toContain('ali-lamine-zeine');
      expect(entitiesOn('2023-06-01', 'Burkinabe prime minister visits Moscow')).toContain('apollinaire-kyelem');
      expect(entitiesOn('2025-06-01', 'Burkinabe prime minister visits Moscow')).toContain('jean-emmanuel-ouedraogo');
    });

    it('names an ousted president or junta leader after the coup that removed him', () => {
      expect(entitiesOn('2024-03-01', "Niger's ousted president remains in detention")).toContain('mohamed-bazoum');
      expect(entitiesOf("Niger's ousted president remains in detention")).not.toContain('mohamed-bazoum');
      expect(entitiesOn('2020-09-10', "Mali's ousted president flies to Abu Dhabi")).toContain('ibrahim-boubacar-keita');
      expect(entitiesOn('2022-05-01', 'Le président déchu reçoit des visiteurs à Ouagadougou')).toContain('roch-kabore');
      expect(entitiesOn('2023-03-01', "Burkina's ousted junta leader speaks from Lomé")).toContain('paul-henri-damiba');
    });
  });

  describe('acronyms, relatives and namesakes', () => {
    it('reads IBK as the Malian president only in a Malian context', () => {
      expect(entitiesOf('IBK Industrial Bank raises rates in Seoul')).toEqual([]);
      expect(entitiesOf('IBK buried in Bamako')).toContain('ibrahim-boubacar-keita');
    });

    it('does not read the Arms Trade Treaty as ATT', () => {
      expect(entitiesOf('Arms Trade Treaty (ATT) states meet in Geneva')).not.toContain('amadou-toumani-toure');
      expect(entitiesOf('ATT returns to Bamako from exile')).toContain('amadou-toumani-toure');
    });

    it('does not take relatives for the former presidents of Niger', () => {
      expect(entitiesOf('Hadiza Bazoum released')).not.toContain('mohamed-bazoum');
      expect(entitiesOf('Sani Mahamadou Issoufou named oil minister')).not.toContain('mahamadou-issoufou');
    });

    it('reads SBM as Soumeylou Boubèye Maïga only in a Malian context', () => {
      expect(entitiesOf('SBM Offshore wins a contract')).toEqual([]);
      expect(entitiesOf('SBM dies in a Bamako clinic')).toContain('soumeylou-boubeye-maiga');
    });

    it('does not take Senegalese namesakes for Malian ministers', () => {
      expect(entitiesOf('Abdoulaye Diop presents the budget', 'The Senegalese minister spoke in Dakar.')).not.toContain('abdoulaye-diop');
      expect(entitiesOf('Abdoulaye Diop presents the budget')).toEqual([]);
      expect(entitiesOf('Malick Diaw wins the wrestling final')).toEqual([]);
    });

    it("does not take Senegal's Gamou festival for General Gamou", () => {
      expect(entitiesOf('Tivaouane prepares for the Gamou')).toEqual([]);
    });

    it('does not take Lassina Zerbo at the nuclear test-ban organisation for Sahel news', () => {
      expect(
        entitiesOf(
          'Executive Secretary of CTBTO Visits Georgia Tech',
          'The Sam Nunn School of International Affairs hosted Dr. Lassina Zerbo, Executive Secretary at the Preparatory Commission for the Comprehensive Test Ban Treaty Organization (CTBTO).',
        ),
      ).toEqual([]);
      expect(entitiesOf('Lassina Zerbo meets the transition president')).toContain('lassina-zerbo');
    });

    it('does not match namesakes outside the Sahel', () => {
      expect(entitiesOf('Abu Huzaifa killed in a raid in Syria')).not.toContain('abu-huzeifa');
      expect(entitiesOf('Ansar al-Islam fighters in Iraqi Kurdistan')).not.toContain('ansarul-islam');
      expect(entitiesOf('Ansar al-Islam attack near Djibo')).toContain('ansarul-islam');
    });
  });
});
