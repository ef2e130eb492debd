/**
 * Situation words: what a developing situation is about when no event tag says it (fuel,
 * blockade, exit …), in English and French, each mapped to one key so reports in either
 * language meet. Arc linking counts shared keys; arc titles name the prominent ones.
 */
import { foldedWords } from './text-features.js';

/**
 * The situation words an arc title may put before another as its modifier ("fuel blockade",
 * "hate speech court case"); two prominent words that make no such pair ("fuel trial", "exit
 * UN General Assembly") would title the arc with nonsense, so the title keeps the more prominent.
 */
export const MODIFIES: Readonly<Record<string, readonly string[]>> = {
  fuel: ['blockade', 'shortage'],
  parties: ['dissolution'],
  hate: ['court'],
};

/** Words are folded; `*` = any ending, `_` = a space. `label` names the key in arc titles. */
export const SITUATIONS: readonly { key: string; label: string; words: readonly string[] }[] = [
  [
    'fuel',
    'fuel',
    'fuel* petrol* diesel gasoline tanker* carburant* gasoil hydrocarbure* citerne*',
  ],
  ['blockade', 'blockade', 'blockade* besieg* siege blocus assieg*'],
  ['shortage', 'shortage', 'shortage* penurie*'],
  [
    'exit',
    'exit',
    'withdraw* exit exits quit quits quitting pullout pull_out retrait quitte quittent quitter sortie se_retire*',
  ],
  // A battle told by its outcome ("convoi Wagner-FAMA décimé", "blames battle defeat"), not
  // by an attack or clash word. A victory is left out: elections have them too.
  [
    'battle',
    'battle',
    'battle battles battling bataille* defeat defeats defaite* decime* heavy_losses heavy_casualties lourdes_pertes casualties',
  ],
  // A junta against the parties: the consultation that proposed it, the suspension, the
  // dissolution, the protest and the UN's call to repeal it speak of them.
  [
    'parties',
    'political parties',
    'political_parties political_party partis_politiques parti_politique',
  ],
  // A junta against its opponents: their protest, their abduction and the measures taken
  // against their parties speak of them.
  ['opposition', 'opposition', 'opposition opponent* opposant* dissident*'],
  // A leader's term of office: the recommendation that he hold it, the bill, the vote and the
  // law that grant it ("a renewable five-year term", "un mandat de cinq ans"); not a peace
  // mission's mandate, not a term of a deal.
  [
    'term',
    'term of office',
    'presidential_term five_year_term renewable_term term_of_office presidential_mandate mandat_presidentiel mandat_de_cinq_ans mandat_de_5_ans mandat_renouvelable mandat_illimite mandat_prolonge presidence_illimitee president_a_vie',
  ],
  [
    'dissolution',
    'dissolution',
    'dissolve dissolves dissolved dissolving dissolution* dissous dissoute* dissoudre',
  ],
  // A state breaking with another ("Niger breaks off diplomatic ties with Ukraine", "le Mali
  // rompt ses relations"); not "severe", not a stock's "rupture".
  [
    'rupture',
    'break',
    'sever severs severed severing severance cut_ties cuts_ties cutting_ties break_off breaks_off broke_off rompt rompre rompu rupture_diplomatique',
  ],
  ['flood', 'floods', 'flood* inondation* crue crues'],
  ['curfew', 'curfew', 'curfew* couvre_feu'],
  // What witnesses hear before anyone names an attack ("tirs et détonations entendus à Bamako").
  [
    'gunfire',
    'gunfire',
    'gunfire gunshot* shots_fired explosion* blast blasts detonation* tirs fusillade* coups_de_feu',
  ],
  ['strike', 'strike', 'general_strike walkout greve*'],
  // A court's sentence ("condamné à cinq ans"), not a condemnation ("Amnesty condamne des
  // exécutions"), which is a reaction to any situation.
  [
    'trial',
    'trial',
    'trial trials verdict* proces condamne_a condamnee_a condamnes_a condamnees_a condamnation_a',
  ],
  // Schools closed by insecurity or reopened, pupils back in class; not a school of thought's
  // "classe politique".
  [
    'schools',
    'schools',
    'school schools schooling classroom* pupil* teacher* ecole ecoles scolai* eleve eleves enseignant* en_classe back_to_school',
  ],
  // A state and its mines: a mining code, a uranium or gold permit; not a landmine ("mine").
  ['mining', 'mining', 'mining minier miniere minieres miniers uranium mineral minerals minerai*'],
  // Recruiting fighters, auxiliaries or soldiers.
  ['recruitment', 'recruitment', 'recruit* recrut* enlist* enrol*'],
  // What prosecutors go after once a massacre is told: the hate speech that called for it.
  [
    'hate',
    'hate speech',
    'hate_speech hateful haine haineux haineuse* incitement* incitation* extermination',
  ],
  // A dispute between states goes on in its measures: flights banned, envoys called home, a
  // case brought before a court.
  ['airspace', 'airspace', 'airspace air_space espace_aerien overflight* survol*'],
  // A state and its military partners: the accord denounced, the cooperation suspended, the
  // instructors of a new partner ("Niamey entame une coopération militaire avec la Russie").
  [
    'cooperation',
    'military cooperation',
    'military_cooperation security_cooperation defence_cooperation defense_cooperation military_accord* military_agreement* defence_agreement* defense_agreement* defence_pact* defense_pact* status_of_forces cooperation_militaire cooperation_securitaire accord_de_defense accords_de_defense accord_militaire accords_militaires accord_de_cooperation_militaire',
  ],
  ['envoys', 'ambassadors', 'ambassador* ambassadeur*'],
  [
    'court',
    'court case',
    'plainte* lawsuit* en_justice cour_internationale international_court icj cij',
  ],
  // The UN's yearly gathering of heads of state: the speeches, what a leader said from its
  // rostrum and the replies they drew ("a la tribune de l'ONU", "addressed the General
  // Assembly", "à la 80e Assemblée générale").
  [
    'assembly',
    'UN General Assembly',
    'general_assembly unga agnu assemblee_generale_de_l_onu assemblee_generale_des_nations_unies tribune_de_l_onu tribune_des_nations_unies',
  ],
].map(([key = '', label = '', words = '']) => ({
  key,
  label,
  words: words.split(' ').map((w) => w.replaceAll('_', ' ')),
}));

/** The situation words by form: whole words, prefixes (`fuel*`) and phrases. */
const WORDS = new Map<string, string>();
const PREFIXES: [string, string][] = [];
const PHRASES: [string, string][] = [];
for (const { key, words } of SITUATIONS) {
  for (const word of words) {
    if (word.includes(' ')) PHRASES.push([word, key]);
    else if (word.endsWith('*')) PREFIXES.push([word.slice(0, -1), key]);
    else WORDS.set(word, key);
  }
}

/** The situation keys a text speaks of: its folded words, prefixes and phrases. */
export function situationKeys(text: string): string[] {
  const words = foldedWords(text);
  const keys = new Set(words.flatMap((word) => situationOf(word) ?? []));
  if (PHRASES.length > 0) {
    const joined = ` ${words.join(' ')} `;
    for (const [phrase, key] of PHRASES) {
      const found = phrase.endsWith('*')
        ? joined.includes(` ${phrase.slice(0, -1)}`)
        : joined.includes(` ${phrase} `);
      if (found) keys.add(key);
    }
  }
  return [...keys];
}

/** The situation key of one folded word, if any. */
export function situationOf(word: string): string | undefined {
  return WORDS.get(word) ?? PREFIXES.find(([prefix]) => word.startsWith(prefix))?.[1];
}
