/**
 * The day a report says its happening took place ("killed hundreds of people on Saturday",
 * "le dimanche 25 août 2024"), read from its headline and lead sentence. Late coverage of an
 * attack is still the attack: the day it names places it in time better than the day it was
 * published, and two reports naming the same day tell of the same happening.
 */
import { foldString } from '../core/fold-text.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A day named further back than this is history, not the happening this report tells. */
const MAX_DAYS_BACK = 14;

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'january february march april may june july august september october november december',
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  ].flatMap((names) => names.split(' ').map((name, month) => [name, month])),
);

/** True for a month name, English or French, folded ("august", "aout"). */
export function isMonthName(word: string): boolean {
  return Object.hasOwn(MONTHS, word);
}

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).join('|');
const DATE = `(\\d{1,2})(?:er)?\\s+(${MONTH_NAMES})`;
/**
 * The first day named: a weekday, with its date if one follows ("ce samedi 24 août"), or a date
 * ("24 août", "1er septembre", "August 24").
 */
const DAY_PATTERN = new RegExp(
  `\\b(?:(${WEEKDAY_NAMES})(?:\\s+${DATE})?|${DATE}|(${MONTH_NAMES})\\s+(\\d{1,2}))\\b`,
  'u',
);

const WEEKDAY = `(?:(?:le|the)\\s+)?(?:(?:${WEEKDAY_NAMES})\\s+)?`;
/**
 * A span of days ("entre le jeudi 25 et le samedi 27 juillet", "du 25 au 27 juillet", "between
 * 25 and 27 July", "from Thursday to Saturday"): a happening told over several days (a battle,
 * a siege) is placed on its last day, when it ended, not on the first day the span names.
 */
const RANGE_PATTERN = new RegExp(
  `\\b(?:entre|between|from|du)\\s+${WEEKDAY}\\d{1,2}(?:er)?(?:\\s+(?:${MONTH_NAMES}))?\\s+(?:et|and|to|au)\\s+${WEEKDAY}${DATE}\\b` +
    `|\\b(?:entre|between|from|du)\\s+(?:(?:le|the)\\s+)?(?:${WEEKDAY_NAMES})\\s+(?:et|and|to|au)\\s+(?:(?:le|the)\\s+)?(${WEEKDAY_NAMES})\\b`,
  'u',
);

/**
 * The UTC day number (days since the epoch) of the happening the report names, or undefined
 * when it names no day, or one after its publication or more than two weeks before it.
 */
export function happeningDay(title: string, lead: string, publishedAt: number): number | undefined {
  const text = foldString(`${title}. ${lead.split(/(?<=[.!?])\s+/u)[0] ?? ''}`);
  const published = Math.floor(publishedAt / DAY_MS);
  const match = DAY_PATTERN.exec(text);
  if (match === null) return undefined;
  // The first day named is the happening's; a span that begins there ends on its last day.
  const range = RANGE_PATTERN.exec(text);
  if (range !== null && range.index <= match.index && match.index < range.index + range[0].length) {
    const [, date, month, weekday] = range;
    const day =
      weekday === undefined
        ? dateDay(publishedAt, MONTHS[month ?? ''] ?? 0, Number(date))
        : lastWeekday(published, WEEKDAYS[weekday] ?? 0);
    return day <= published && day >= published - MAX_DAYS_BACK ? day : undefined;
  }
  const [, weekday, weekdayDate, weekdayMonth, date, month, monthFirst, dateAfter] = match;
  const day =
    weekday !== undefined && weekdayDate === undefined
      ? lastWeekday(published, WEEKDAYS[weekday] ?? 0)
      : dateDay(
          publishedAt,
          MONTHS[weekdayMonth ?? month ?? monthFirst ?? ''] ?? 0,
          Number(weekdayDate ?? date ?? dateAfter),
        );
  return day <= published && day >= published - MAX_DAYS_BACK ? day : undefined;
}

/** The latest day on or before `published` that falls on `weekday` (0 = Sunday). */
function lastWeekday(published: number, weekday: number): number {
  // Day 0 of the epoch, 1 January 1970, was a Thursday.
  const today = (published + 4) % 7;
  return published - ((today - weekday + 7) % 7);
}

/** The day of `month`/`date` in the publication's year, or the year before if that is later. */
function dateDay(publishedAt: number, month: number, date: number): number {
  const year = new Date(publishedAt).getUTCFullYear();
  const day = (y: number): number => Math.floor(Date.UTC(y, month, date) / DAY_MS);
  return day(year) * DAY_MS > publishedAt ? day(year - 1) : day(year);
}

/** A calendar date anywhere in a text: "11 mars", "1er septembre", "March 10". */
const ANY_DATE = new RegExp(`\\b(?:${DATE}|(${MONTH_NAMES})\\s+(\\d{1,2}))\\b`, 'gu');

/**
 * Every calendar date a text names (weekdays left out: past a week they name no one day), as
 * UTC day numbers, on or before publication and at most `maxDaysBack` before it. Unlike
 * {@link happeningDay} it reads the whole text: a feature weeks on dates the happening it
 * retells further down ("les vidéos, tournées les 10 et 11 mars près de …").
 */
export function namedDates(text: string, publishedAt: number, maxDaysBack: number): number[] {
  const published = Math.floor(publishedAt / DAY_MS);
  const days: number[] = [];
  for (const [, date, month, monthFirst, dateAfter] of foldString(text).matchAll(ANY_DATE)) {
    const day = dateDay(
      publishedAt,
      MONTHS[month ?? monthFirst ?? ''] ?? 0,
      Number(date ?? dateAfter),
    );
    if (day <= published && day >= published - maxDaysBack && !days.includes(day)) days.push(day);
  }
  return days;
}
