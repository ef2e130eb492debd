/** Frequent words of one language that are rare in the other (shared ones like "a", "on" are left out). */
const FRENCH = (
  'le la les des du de un une et est au aux dans pour par sur avec qui que qu ne pas ses cette ces il elle ils elles ' +
  'sont ont été était être leur leurs mais où nous vous selon après contre entre depuis lors d l n j en très aussi ' +
  'sans sous chez dont cet ainsi encore même tous toutes tout fait deux trois plusieurs lundi mardi mercredi jeudi ' +
  'vendredi samedi dimanche armée président attaque gouvernement pays'
).split(' ');
const ENGLISH = (
  'the of and to in is was for with as by that this from at an are were has have had it its be been which who ' +
  'after said their not but or they will would he she his her there than also into about over more these those ' +
  'while during against between since says government army president attack country monday tuesday wednesday ' +
  'thursday friday saturday sunday'
).split(' ');
/** Frequent words of languages we do not handle (de, es, pt, it, nl): text led by them is 'und'. */
const OTHER = (
  'der die das und ist nicht mit von zu den dem für auf sich auch eine einer ein wird werden wurde bei nach ' +
  'el los las del y con por para una está como pero más o não são com uma os da do em ao mais foi ' +
  'il della di che per non sono gli het een van'
).split(' ');

/** Enough text to decide (title and lead carry the language); more only costs time. */
const SAMPLE_CHARS = 320;

const EN = 1;
const FR = 2;
const OTHER_LANGUAGE = 3;

/**
 * Word letters: a–z, à–ö, ø–ÿ and œ, as 58 symbols; upper-case letters share their lower-case
 * symbol. Everything else separates words (stop words are Latin; `toLowerCase` plus a split would
 * build strings this never needs).
 */
const ALPHABET = 58;
const SYMBOLS = new Int8Array(0x100).fill(-1);
for (let code = 0; code < 0x100; code += 1) {
  const letter = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  if (letter >= 0x61 && letter <= 0x7a) SYMBOLS[code] = letter - 0x61;
  else if (letter >= 0xe0 && letter <= 0xf6) SYMBOLS[code] = letter - 0xe0 + 26;
  else if (letter >= 0xf8 && letter <= 0xff) SYMBOLS[code] = letter - 0xf8 + 49;
}
const OE = 57;

/** `İ` lower-cases to `i` and a combining dot, which separates: it ends its word after the `i`. */
const DOTTED_CAPITAL_I = 0x130;

/** The symbol of one UTF-16 unit, or -1 for a separator. Beyond Latin-1, what lower-cases into the alphabet. */
function symbolOf(code: number): number {
  if (code < 0x100) return SYMBOLS[code] ?? -1;
  if (code === 0x153 || code === 0x152) return OE;
  if (code === DOTTED_CAPITAL_I) return SYMBOLS[0x69] ?? -1;
  if (code === 0x178) return SYMBOLS[0xff] ?? -1; // Ÿ → ÿ
  if (code === 0x212a) return SYMBOLS[0x6b] ?? -1; // Kelvin sign → k
  if (code === 0x212b) return SYMBOLS[0xe5] ?? -1; // Ångström sign → å
  return -1;
}

/**
 * The stop words as a trie whose nodes are named by their offset in `CHILD`: the child of node
 * `n` by `symbol` is `CHILD[n + symbol]`, -1 when no stop word continues so; `LANGUAGE[n]` is the
 * language of the word ending at `n`. Node 0 is the empty word.
 */
const MAX_NODES = 1 + [...OTHER, ...ENGLISH, ...FRENCH].reduce((sum, word) => sum + word.length, 0);
const CHILD = new Int32Array(MAX_NODES * ALPHABET).fill(-1);
const LANGUAGE = new Uint8Array(MAX_NODES * ALPHABET);
let nodes = 1;

function addWord(word: string, language: number): void {
  let node = 0;
  for (let i = 0; i < word.length; i += 1) {
    const symbol = symbolOf(word.charCodeAt(i));
    if (symbol === -1) throw new Error(`stop word ${word} has a letter outside the alphabet`);
    if ((CHILD[node + symbol] ?? -1) === -1) CHILD[node + symbol] = ALPHABET * nodes++;
    node = CHILD[node + symbol] ?? 0;
  }
  LANGUAGE[node] = language;
}
/** The stop words by language, as counted. */
export const STOP_WORDS: Readonly<Record<'en' | 'fr' | 'other', readonly string[]>> = { en: ENGLISH, fr: FRENCH, other: OTHER };

// Later lists win: a word of English or French is never counted as another language.
for (const word of OTHER) addWord(word, OTHER_LANGUAGE);
for (const word of ENGLISH) addWord(word, EN);
for (const word of FRENCH) addWord(word, FR);

/** Stop words counted by language (index EN, FR, OTHER_LANGUAGE), reset by each call. */
const counts = new Int32Array(4);

/** Counts the stop words among the words of `text` before `end`; the text ends a word at `end`. */
function countStopWords(text: string, end: number): void {
  let i = 0;
  while (i < end) {
    const start = i;
    // The trie node of the word so far; -1 once it is no stop word's prefix.
    let node = 0;
    while (i < end) {
      const code = text.charCodeAt(i);
      const symbol = code < 0x100 ? (SYMBOLS[code] ?? -1) : symbolOf(code);
      if (symbol === -1) break;
      i += 1;
      if (node !== -1) node = CHILD[node + symbol] ?? -1;
      if (code === DOTTED_CAPITAL_I) break;
    }
    if (i === start) i += 1;
    else if (node > 0) {
      const language = LANGUAGE[node] ?? 0;
      counts[language] = (counts[language] ?? 0) + 1;
    }
  }
}

/**
 * A cheap en/fr guess from stop words in the first ~320 characters: 'und' when there is too
 * little text, when neither language clearly leads, or when another language's stop words
 * dominate. Falling back to the feed's declared language is the caller's choice. Words are runs
 * of Latin letters, compared without case. With `continuation`, the text is `head`, a line break
 * and `continuation`, read in place rather than joined.
 */
export function detectLanguage(head: string, continuation?: string): 'en' | 'fr' | 'und' {
  counts.fill(0);
  countStopWords(head, Math.min(head.length, SAMPLE_CHARS));
  // The line break takes one character of the sample.
  const room = SAMPLE_CHARS - head.length - 1;
  if (continuation !== undefined && room > 0) countStopWords(continuation, Math.min(continuation.length, room));
  const en = counts[EN] ?? 0;
  const fr = counts[FR] ?? 0;
  const other = counts[OTHER_LANGUAGE] ?? 0;
  if (en + fr < 2 || other >= Math.max(en, fr)) return 'und';
  if (fr >= en * 1.5 && fr >= 2) return 'fr';
  if (en >= fr * 1.5 && en >= 2) return 'en';
  return 'und';
}
