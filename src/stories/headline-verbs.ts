/**
 * The verb a headline leads with, as a coarse class ("blocks", "bloque" → block; "frees",
 * "libère" → free), in English and French, folded. It is a lighter signal than the action
 * lexicon (action-*.ts), which names what happened in attack coverage and its sequels: on
 * political and economic news most headlines name no action the lexicon knows, yet two reports
 * that share every name of a crisis ("Benin blocks Niger oil", "Talon asks Niger to reopen the
 * border") still say by their verbs that they tell two developments. Only the clustering rules
 * that join on names and topic read it (see cluster-unframed.ts); it never joins reports.
 *
 * The table is general news vocabulary. Verbs of speech ("says", "announces", "déclare") are
 * left out: they frame the content they report, and an announcement of a withdrawal is the
 * withdrawal. A word with two senses ("arrête": arrests or stops; "condamne": sentences or
 * condemns; "saisit": seizes or takes to court) stands in every class it may mean, and two
 * headlines differ only when no class of one is a class of the other.
 */
import { foldedWords } from './text-features.js';
import { indexLexicon, matchesAt } from './word-patterns.js';

/** Regular English forms of a verb: base, -s, -ed, -ing ("free" → frees, freed, freeing). */
function en(base: string): string[] {
  if (base.endsWith('ee')) return [base, `${base}s`, `${base}d`, `${base}ing`];
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/u.test(base))
    return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  const s = /(s|sh|ch|x)$/u.test(base) ? 'es' : 's';
  return [base, `${base}${s}`, `${base}ed`, `${base}ing`];
}

/** Verb classes and their folded forms; `*` matches any ending, a space joins a phrase. */
export const HEADLINE_VERBS: Readonly<Record<string, readonly string[]>> = {
  arrest: [...en('arrest'), ...en('detain'), ...en('apprehend'), 'arrete*', 'interpell*'],
  free: [...en('free'), ...en('release'), 'libere*', 'relache*'],
  charge: [...en('charge'), ...en('indict'), 'inculpe*'],
  sentence: [...en('sentence'), ...en('convict'), ...en('jail'), 'condamne*'],
  remand: [...en('remand'), 'ecroue*', 'place* en detention'],
  condemn: [...en('condemn'), ...en('denounce'), 'condamne*', 'denonce*', 'fustige*'],
  block: [...en('block'), 'ban', 'bans', 'banned', 'bloque*', 'interdit', 'interdisent'],
  lift: [...en('lift'), 'leve', 'levent', 'lever', 'levee', 'levees'],
  reopen: [...en('reopen'), 'rouvre', 'rouvrent', 'rouvrir', 'rouvert*'],
  open: [...en('open'), 'ouvre', 'ouvrent', 'ouvrir'],
  close: [...en('close'), 'shut', 'shuts', 'ferme', 'ferment', 'fermer', 'fermee', 'fermees'],
  ask: [
    ...en('ask'),
    ...en('urge'),
    'call* on',
    'call* for',
    'demande',
    'demandent',
    'appelle',
    'appellent',
    'exhorte*',
  ],
  threaten: [...en('threaten'), ...en('warn'), 'menace', 'menacent', 'met* en garde'],
  reject: [...en('reject'), ...en('deny'), ...en('refuse'), 'rejet*', 'rejette*', 'dement*'],
  confirm: [...en('confirm'), 'confirme*'],
  accuse: [...en('accuse'), ...en('blame'), 'accuse*'],
  sign: [...en('sign'), 'signe', 'signent', 'signer'],
  meet: ['meet', 'meets', 'meeting', 'rencontre', 'rencontrent', 'recoit', 'recoivent'],
  seize: [...en('seize'), ...en('confiscate'), 'saisit', 'saisissent', 'confisque*'],
  sue: ['sue', 'sues', 'sued', 'saisit', 'saisissent'],
  halt: [
    ...en('suspend'),
    ...en('halt'),
    'stop',
    'stops',
    'stopped',
    'freeze',
    'freezes',
    'suspend',
    'suspendent',
    'suspendre',
    'suspendu*',
    'interromp*',
    'gele',
    'gelent',
    'arrete*',
  ],
  resume: [...en('resume'), 'reprend', 'reprennent', 'relance*'],
  end: [
    ...en('cancel'),
    'cancelled',
    ...en('revoke'),
    ...en('terminate'),
    'scrap',
    'scraps',
    'scrapped',
    'break* off',
    'broke off',
    'cut* ties',
    ...en('sever'),
    'annule*',
    'revoque*',
    'rompt',
    'rompent',
    'met* fin',
    'denonce*',
  ],
  destroy: [...en('destroy'), ...en('damage'), ...en('ravage'), 'detrui*', 'endommage*', 'ravage*'],
  displace: [...en('displace'), ...en('uproot'), 'flee', 'flees', 'fled', 'deplace*', 'fuient'],
  expel: ['expel', 'expels', 'expelled', 'expulse*'],
  withdraw: ['withdraw', 'withdraws', 'withdrew', 'pull* out', 'quit', 'quits', 'quitte*'],
  'hand-over': ['hand* over', 'handed over', 'remet', 'remettent', 'cede', 'cedes', 'ceded'],
  pay: ['pay', 'pays', 'paid', 'paie', 'paient', 'payer', 'verse', 'versent', 'verser'],
  claim: [...en('claim'), 'revendique*'],
  kidnap: ['kidnap', 'kidnaps', 'kidnapped', ...en('abduct'), 'enleve', 'enlevent', 'kidnappe*'],
  visit: [...en('visit'), 'se rend', 'se rendent'],
  deploy: [...en('deploy'), 'send', 'sends', 'sent', 'deploie*', 'envoie', 'envoient'],
  arrive: [...en('arrive'), 'arrivent', 'debarque*'],
  dissolve: [...en('dissolve'), 'dissout', 'dissolvent'],
  appoint: [...en('appoint'), 'nomme', 'nomment'],
  dismiss: [...en('sack'), 'limoge*', 'demet', 'demis'],
  resign: [...en('resign'), 'demissionne*'],
  adopt: [...en('adopt'), 'adopte', 'adoptent'],
  launch: ['launch', 'launches', 'launched', 'lance', 'lancent'],
  welcome: [...en('welcome'), ...en('hail'), ...en('praise'), 'salue*', 'felicite*'],
  return: [...en('return'), 'rentre*', 'revient', 'reviennent'],
  extend: [...en('extend'), 'prolonge*'],
  postpone: [...en('postpone'), ...en('delay'), 'reporte*'],
  agree: ['agree', 'agrees', 'agreed'],
  protest: [...en('protest'), 'manifestent'],
  order: [...en('order'), 'ordonne*'],
};

const VERB_PATTERNS = indexLexicon(HEADLINE_VERBS);

/**
 * Words that open a subordinate clause or an adjunct: what follows is the cause, the
 * background or the aim ("blocks oil exports over border dispute", "après l'arrestation de").
 */
const SUBORDINATE = new Set(
  (
    'after amid amidst as over following despite while since because before until ' +
    'apres malgre alors tandis suite pendant avant face pour afin depuis'
  ).split(' '),
);

/** A kicker ends at a colon, a bar or a spaced dash ("Crise Bénin-Niger : la Criet condamne"). */
const KICKER = /\s*(?:[:|]|\s[-–—]\s)\s*/u;

const cache = new Map<string, readonly string[]>();
const CACHE_SIZE = 20_000;

/**
 * The verb classes of a headline's main clause: of its first table word, read after the kicker
 * when that part names one, else in the kicker, and up to the first subordinating word. Empty
 * when it names none of the table's verbs.
 */
export function headlineVerbs(title: string): readonly string[] {
  let classes = cache.get(title);
  if (classes === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    const [kicker = '', ...rest] = title.split(KICKER);
    const parts = rest.length > 0 ? [rest.join(' : '), kicker] : [kicker];
    classes = [];
    for (const part of parts) {
      classes = firstVerb(foldedWords(part));
      if (classes.length > 0) break;
    }
    cache.set(title, classes);
  }
  return classes;
}

function firstVerb(words: readonly string[]): string[] {
  for (let i = 0; i < words.length && !SUBORDINATE.has(words[i] ?? ''); i += 1) {
    const classes = matchesAt(words, i, VERB_PATTERNS);
    if (classes.length > 0) return [...new Set(classes)];
  }
  return [];
}

/**
 * True when the item's headline and the story's name verb classes and share none: "Benin asks
 * Niger to cooperate" is not the story of "Cotonou blocks export of Nigerien oil". A story's
 * classes are those of all its headlines.
 */
export function verbsDiffer(itemTitle: string, storyTitles: readonly string[]): boolean {
  const mine = headlineVerbs(itemTitle);
  if (mine.length === 0) return false;
  const theirs = new Set(storyTitles.flatMap((title) => headlineVerbs(title)));
  return theirs.size > 0 && !mine.some((verb) => theirs.has(verb));
}
