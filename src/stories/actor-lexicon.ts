/**
 * Who acts in a headline, as data: the kinds of actor that Sahel coverage leads with, in English
 * and French, each mapped to one id. Reports of one situation share its country, so the country
 * says nothing of who acted; the actor does: the attackers, the army, the government, a foreign
 * body (each its own id), a rights group, the victims' side (relatives, survivors, residents). A reaction by one body and
 * the same reaction by another are two developments. Words are folded as in action-lexicon.ts.
 * News outlets and wire services are not actors: they report, they do not act.
 */
export const ACTORS: Readonly<Record<string, readonly string[]>> = {
  attackers: [
    'jnim',
    'gsim',
    'jihadi',
    'jihadis',
    'jihadist*',
    'djihadist*',
    'gunmen',
    'gunman',
    'hommes armes',
    'individus armes',
    'assailants',
    'assaillants',
    'militant',
    'militants',
    'terroris*',
    'insurgent*',
    'armed group',
    'armed groups',
    'groupe arme',
    'groupes armes',
    'al qaeda',
    'al qaida',
    'qaeda',
    'islamic state',
    'etat islamique',
    'issp',
    'isgs',
    'eigs',
  ],
  /** Separatist rebels: another side than the jihadists, whose claims are theirs. */
  rebels: ['rebel*', 'separatist*', 'separatiste*', 'csp', 'csp dpa', 'fla', 'tuareg*', 'touareg*'],
  army: [
    'army',
    'armee',
    'armees',
    'military',
    'militaire',
    'militaires',
    'soldier',
    'soldiers',
    'soldat',
    'soldats',
    'troops',
    'troupes',
    'fama',
    'general staff',
    'etat major',
    'armed forces',
    'forces armees',
    'gendarm*',
  ],
  government: [
    'government*',
    'govt',
    'gouvernement*',
    'junta*',
    'junte*',
    'minist*',
    'premier ministre',
    'pm',
    'president',
    'presidency',
    'presidence',
    'head of state',
    'chef de l etat',
    'authorities',
    'autorites',
    'regime',
    'porte parole du gouvernement',
    'governor',
    'gouverneur',
    'gouvernorat',
    'military junta*',
    'military led',
    'military government',
    'military regime',
    'military rulers',
    'military ruled',
    'military leaders',
    // A junta's head named by his office ("Mali military chief granted five-year term").
    'military ruler',
    'military leader',
    'military chief',
    // The ranks Sahel heads of state hold: "Tiani élevé au grade de général d'armée".
    'general d armee',
    'general de corps d armee',
    'regime militaire',
    'autorites militaires',
    'dirigeants militaires',
  ],
  victims: [
    'collectif',
    'collective',
    'relatives',
    'proches',
    'families',
    'familles',
    'survivors',
    'survivants',
    'residents',
    'habitants',
    'locals',
  ],
  un: [
    'onu',
    'united nations',
    'nations unies',
    'guterres',
    'secretary general',
    'secretaire general',
    'rights chief',
    'human rights chief',
    'high commissioner',
    'haut commissaire',
    'unicef',
    'unhcr',
    'ocha',
    'security council',
    'conseil de securite',
  ],
  au: ['ua', 'african union', 'union africaine'],
  ecowas: ['ecowas', 'cedeao'],
  eu: ['ue', 'european union', 'union europeenne'],
  us: [
    'usa',
    'united states',
    'etats unis',
    'washington',
    'state department',
    'american embassy',
    'ambassade americaine',
    'pentagon',
    'american',
    'americans',
    'americain*',
  ],
  /** Russian mercenaries fighting beside the army: a side of the fight, with its own word. */
  wagner: ['wagner'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainien*', 'kyiv', 'kiev', 'gur', 'diu'],
  russia: [
    'africa corps',
    'russia',
    'russian',
    'russie',
    'russe',
    'russes',
    'moscow',
    'moscou',
    'kremlin',
  ],
  france: ['france', 'french', 'francais', 'francaise', 'elysee', 'quai d orsay'],
  rights: [
    'hrw',
    'human rights watch',
    'amnesty',
    'rights group',
    'rights groups',
    'rights watchdog',
    'droits de l homme',
    'droits humains',
  ],
};

/** The two sides of a fight: a report leading with either may tell the same clash or attack. */
export const COMBATANTS: readonly string[] = ['attackers', 'rebels', 'army', 'wagner'];

/**
 * Actors that act every day (the fighters, the army, the government): that one of them acted
 * says little of which development a report tells, so it only parts, never joins, reports.
 */
export const EVERYDAY_ACTORS: readonly string[] = [
  'attackers',
  'rebels',
  'army',
  'wagner',
  'government',
];

/**
 * Acronyms that are also common words once folded (`UN` and French `un`, `AU` and `au`, `US`
 * and `us`, `EU` and `eu`): read only in capitals, and written as the unambiguous form the
 * lexicon knows.
 */
export const ACRONYMS: readonly (readonly [RegExp, string])[] = [
  [/\bUN\b/gu, 'ONU'],
  [/\bAU\b/gu, 'UA'],
  [/\bU\.S\.(?=[\s,:']|$)|\bUS\b/gu, 'USA'],
  [/\bEU\b/gu, 'UE'],
];

/**
 * A headline that ends by naming its speaker ("…, rights group says", "… says Reuters",
 * "… according to HRW", "… selon l'ONU", "… - HRW"): the speaker is who the report is about,
 * whatever the headline led with. Tried on the folded title; the first group is the speaker.
 * After a dash, feeds often put their own name ("… - France 24"), so only a speaker that is an
 * actor's name and nothing else counts there (`whole`).
 */
export const ATTRIBUTIONS: readonly { readonly pattern: RegExp; readonly whole: boolean }[] = [
  { pattern: /,\s*([^,]{2,60}?)\s+(?:says|said|say|reports|reported)\s*$/u, whole: false },
  { pattern: /\b(?:says|said)\s+([^,]{2,60})$/u, whole: false },
  { pattern: /\b(?:according to|selon|d'apres)\s+([^,]{2,80})$/u, whole: false },
  { pattern: /\s[-–—|]\s+([^-–—|]{2,40})$/u, whole: true },
];
