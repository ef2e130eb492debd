/** Zone abbreviations V8's Date.parse does not know, with their offsets; WAT is the Sahel's. */
const ZONES: Readonly<Record<string, string>> = {
  WAT: '+0100', CET: '+0100', CEST: '+0200', BST: '+0100', EET: '+0200', EEST: '+0300', EAT: '+0300',
  CAT: '+0200', SAST: '+0200', MSK: '+0300', GST: '+0400', PKT: '+0500', HKT: '+0800', SGT: '+0800',
  JST: '+0900', KST: '+0900', AEST: '+1000', AEDT: '+1100', NZST: '+1200', NZDT: '+1300', AKST: '-0900',
  AKDT: '-0800', HST: '-1000', ADT: '-0300', AST: '-0400', NST: '-0330', WET: '+0000', WEST: '+0100',
};

const FRENCH_MONTHS: readonly (readonly [RegExp, string])[] = [
  [/\bjanv(?:ier|\.)?\b/i, 'Jan'], [/\bf[ée]vr?(?:ier|\.)?\b/i, 'Feb'], [/\bmars\b/i, 'Mar'],
  [/\bavr(?:il|\.)?\b/i, 'Apr'], [/\bmai\b/i, 'May'], [/\bjuin\b/i, 'Jun'], [/\bjuil(?:let|\.)?\b/i, 'Jul'],
  [/\bao[uû]t\b/i, 'Aug'], [/\bsept?(?:embre|\.)?\b/i, 'Sep'], [/\boct(?:obre|\.)?\b/i, 'Oct'],
  [/\bnov(?:embre|\.)?\b/i, 'Nov'], [/\bd[ée]c(?:embre|\.)?\b/i, 'Dec'],
];
const FRENCH_DAYS = /^\s*(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?,?\s*/i;
const ENGLISH_DAY = /^\s*[A-Za-z]{3,9}\.?,?\s+(?=\d)/;
const ISO_NO_ZONE = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC?|[ECMP][SD]T)(?:[+-]\d{1,4})?)\s*$/i;

function tryParse(text: string): number | null {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : time;
}

function fixForms(raw: string): string {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (ISO_NO_ZONE.test(text)) return `${text.replace(' ', 'T').replace(',', '.')}Z`;
  if (FRENCH_DAYS.test(text) && FRENCH_MONTHS.some(([pattern]) => pattern.test(text))) text = text.replace(FRENCH_DAYS, '');
  for (const [pattern, month] of FRENCH_MONTHS) text = text.replace(pattern, month);
  text = text.replace(ENGLISH_DAY, '');
  text = text.replace(/\b([A-Z]{2,4})$/, (zone) => ZONES[zone] ?? zone);
  text = text.replace(/\b(?:GMT|UTC)\s*([+-])(\d{1,2})$/i, (_m, sign: string, hours: string) => `${sign}${hours.padStart(2, '0')}00`);
  text = text.replace(/(\d)h(\d{2})/, '$1:$2');
  if (!HAS_ZONE.test(text) && /\d:\d{2}/.test(text)) text = `${text} +0000`;
  return text;
}

const EARLIEST = Date.UTC(1990, 0, 1);

/**
 * A feed date in epoch ms: RFC 822 and ISO 8601, plus the broken forms real feeds use (no zone
 * → UTC, unknown zone names like WAT or CEST, `GMT+1`, French month and day names, `14h30`,
 * a space instead of `T`). Null when unreadable or before 1990.
 */
export function parseFeedDate(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const time = ISO_NO_ZONE.test(text) ? null : tryParse(text);
  const parsed = time ?? tryParse(fixForms(text));
  return parsed !== null && parsed >= EARLIEST ? parsed : null;
}
