import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import { commandPath } from '../../../commands/dispatch-tops.js';
import { commandPathIn } from '../../../commands/local-names.js';
import type { InvocationContext } from '../../../src/core/command.js';
import type { Language } from '../../../src/core/config-types.js';
import { botBaseOf, config, useAdminHarness } from './admin-harness.js';

/**
 * Every way a user's line is refused, typed as an English reader and as a French reader types
 * it. Each answer must be one line in the reader's language: a French answer holds no English
 * sentence and names commands by their French names; an English one holds no French.
 */
const REFUSALS: readonly {
  readonly what: string;
  readonly en: string;
  readonly fr: string;
  readonly user?: 'member';
}[] = [
  { what: 'mistyped command', en: '/sahel serch wagner', fr: '/sahel recherch wagner' },
  { what: 'mistyped sub-command', en: '/sahel alert ad Kidal', fr: '/sahel alerte ajoutr Kidal' },
  { what: 'unknown command, no near one', en: '/sahel zzzz', fr: '/sahel zzzz' },
  { what: 'unknown sub-command, no near one', en: '/sahel feeds zzzz', fr: '/sahel flux zzzz' },
  { what: 'unknown top-level command', en: '/sahl help', fr: '/sahl aide' },
  {
    what: 'option before the sub-command',
    en: '/sahel alert foo:bar',
    fr: '/sahel alerte foo:bar',
  },
  { what: 'unknown option', en: '/mali timeline form:2023', fr: '/mali chronologie forme:2023' },
  { what: 'not a number', en: '/mali news limit:abc', fr: '/mali actus nombre:abc' },
  { what: 'number out of range', en: '/mali news limit:0', fr: '/mali actus nombre:0' },
  { what: 'value not a choice', en: '/sahel settings locale:de', fr: '/sahel reglages langue:de' },
  { what: 'missing option', en: '/sahel explain', fr: '/sahel expliquer' },
  { what: 'missing story id', en: '/sahel story', fr: '/sahel recit' },
  { what: 'unclosed quote', en: '/sahel search "Kidal', fr: '/sahel recherche "Kidal' },
  {
    what: 'option given twice',
    en: '/sahel search wagner query:jnim',
    fr: '/sahel recherche wagner requete:jnim',
  },
  { what: 'unexpected text', en: '/sahel feeds status nope', fr: '/sahel flux etat nope' },
  { what: 'unknown entity', en: '/mali timeline entity:jnmi', fr: '/mali chronologie entite:jnmi' },
  { what: 'unknown fact', en: '/mali fact zzzz', fr: '/mali fiche zzzz' },
  { what: 'mistyped fact', en: '/mali fact jnmi', fr: '/mali fiche jnmi' },
  { what: 'unknown story', en: '/sahel story st-nope', fr: '/sahel recit st-nope' },
  {
    what: 'bad timeline date',
    en: '/mali timeline from:20x3',
    fr: '/mali chronologie depuis:20x3',
  },
  {
    what: 'timeline range reversed',
    en: '/mali timeline from:2022 to:2020',
    fr: '/mali chronologie depuis:2022 jusque:2020',
  },
  { what: 'unknown tag', en: '/mali news tag:zzz', fr: '/mali actus tag:zzz' },
  { what: 'bad since on news', en: '/mali news since:yesterday', fr: '/mali actus depuis:hier' },
  {
    what: 'bad query syntax',
    en: '/sahel search "Kidal AND ("',
    fr: '/sahel recherche "Kidal AND ("',
  },
  {
    what: 'unknown entity in a query',
    en: '/sahel search entity:jnmi',
    fr: '/sahel recherche entity:jnmi',
  },
  {
    what: 'unknown field in a query',
    en: '/sahel search foo:bar',
    fr: '/sahel recherche foo:bar',
  },
  {
    what: 'unknown kind in a query',
    en: '/sahel search kind:zzz',
    fr: '/sahel recherche kind:zzz',
  },
  {
    what: 'unexpected token in a query',
    en: '/sahel search "Kidal )"',
    fr: '/sahel recherche "Kidal )"',
  },
  { what: 'bad sort', en: '/sahel search jnim sort:oldest', fr: '/sahel recherche jnim tri:vieux' },
  {
    what: 'bad since on search',
    en: '/sahel search jnim since:yesterday',
    fr: '/sahel recherche jnim depuis:hier',
  },
  { what: 'unknown alert id', en: '/sahel alert remove 999', fr: '/sahel alerte retirer 999' },
  {
    what: 'unknown alert to resume',
    en: '/sahel alert resume 999',
    fr: '/sahel alerte reprendre 999',
  },
  {
    what: 'unknown digest to resume',
    en: '/sahel digest resume 999',
    fr: '/sahel resume reprendre 999',
  },
  { what: 'no digest to stop', en: '/sahel digest unsubscribe', fr: '/sahel resume desabonner' },
  {
    what: 'unknown digest id',
    en: '/sahel digest unsubscribe 999',
    fr: '/sahel resume desabonner 999',
  },
  { what: 'unknown feed', en: '/sahel feeds remove nope', fr: '/sahel flux retirer nope' },
  { what: 'not a feed address', en: '/sahel feeds add notaurl', fr: '/sahel flux ajouter notaurl' },
  {
    what: 'bad cron',
    en: '/sahel digest subscribe "0 25 * * *"',
    fr: '/sahel resume abonner "0 25 * * *"',
  },
  {
    what: 'not a cron expression',
    en: '/sahel digest subscribe hour:99',
    fr: '/sahel resume abonner heure:99',
  },
  {
    what: 'bad quiet hours',
    en: '/sahel alert add Kidal quiet:25:00-07:00',
    fr: '/sahel alerte ajouter Kidal silence:25:00-07:00',
  },
  {
    what: 'bad alert cap',
    en: '/sahel alert add Kidal max:lots',
    fr: '/sahel alerte ajouter Kidal max:beaucoup',
  },
  {
    what: 'unknown alert to set',
    en: '/sahel alert set 999 quiet:off',
    fr: '/sahel alerte modifier 999 silence:off',
  },
  {
    what: 'alert set with nothing to set',
    en: '/sahel alert set 1',
    fr: '/sahel alerte modifier 1',
  },
  { what: 'unknown help topic', en: '/sahel help zzz', fr: '/sahel aide zzz' },
  {
    what: 'bad time zone',
    en: '/sahel digest subscribe timezone:Mars/Olympus',
    fr: '/sahel resume abonner fuseau:Mars/Olympus',
  },
  {
    what: 'bad alert time zone',
    en: '/sahel alert add Kidal quiet:22:00-07:00 timezone:Mars/Olympus',
    fr: '/sahel alerte ajouter Kidal silence:22:00-07:00 fuseau:Mars/Olympus',
  },
  {
    what: 'bad time zone on alert set',
    en: '/sahel alert set 1 timezone:Europe/Pari',
    fr: '/sahel alerte modifier 1 fuseau:Europe/Pari',
  },
  {
    what: 'missing permission',
    en: '/sahel alert add Kidal',
    fr: '/sahel alerte ajouter Kidal',
    user: 'member',
  },
  {
    what: 'missing permission on feeds',
    en: '/sahel feeds add https://example.org/feed',
    fr: '/sahel flux ajouter https://example.org/feed',
    user: 'member',
  },
];

const commands = createCommandSet(config);
const definitions = commands.tops.flatMap((t) => t.commands);

/**
 * Words of an English sentence that French never uses; values the user typed are quoted « »
 * in French and left out of the check.
 */
const ENGLISH =
  /\b(the|is|not|no|did you mean|unknown|missing|try|has|must|got|expected|invalid|cannot|only|can|this|channel|needs|before|after|shows|lists|adds|one of|for|with|from|and|in|at|column|bad|query|feed|alert|polled)\b/i;

/** Command paths as an English reader types them, where the French differs (`alert list`). */
const ENGLISH_PATHS = [
  ...new Set(
    definitions.flatMap((d) => {
      const en = commandPath(d);
      const group = d.group === undefined || d.group === d.groupFr ? [] : [d.group];
      return [...(en === commandPathIn(d, 'fr') ? [] : [en]), ...group];
    }),
  ),
];

/** Why `text` is not wholly French, or null. */
export function englishIn(text: string): string | null {
  const unquoted = text.replace(/«[^»]*»/g, '« »');
  const word = ENGLISH.exec(unquoted);
  if (word !== null) return `English word "${word[1] ?? ''}"`;
  for (const path of ENGLISH_PATHS) {
    const at = new RegExp(`/[a-z-]+ ${path}(?![\\w-])`).exec(unquoted);
    if (at !== null) return `English command "${at[0]}"`;
  }
  return null;
}

/** Why `text` is not wholly English, or null. */
function frenchIn(text: string): string | null {
  const word =
    /(«|\b(le|la|les|dans|pas|vouliez|inconnue?|commande|seuls|demande|invalide|essayez|aucun)\b)/i.exec(
      text,
    );
  return word === null ? null : `French word "${word[1] ?? ''}"`;
}

describe('refusals in both languages', () => {
  const h = useAdminHarness();

  async function answer(line: string, locale: Language, member: boolean): Promise<string> {
    const context: InvocationContext = {
      ...botBaseOf(h),
      locale,
      platform: 'console',
      channel: 'console',
      requester: { userId: 'u1', admin: !member },
    };
    return (await commands.runAction(line, context)).fallback;
  }

  it('tells an English word or command in a French line apart from French', () => {
    expect(englishIn('commande inconnue « serch » — vouliez-vous dire « recherche » ?')).toBeNull();
    expect(englishIn('commande inconnue « x » — did you mean « recherche » ?')).toBe(
      'English word "did you mean"',
    );
    expect(englishIn('pas d’alerte 9 — /sahel alert list les montre')).toBe('English word "alert"');
    expect(englishIn('pas de flux — /sahel feeds list les montre')).toBe(
      'English command "/sahel feeds list"',
    );
    expect(englishIn('pas d’alerte 9 — /sahel alerte liste les montre')).toBeNull();
    expect(englishIn('en pause : the bot may not post here')).toBe('English word "the"');
  });

  for (const refusal of REFUSALS) {
    it(`refuses in English and in French: ${refusal.what}`, async () => {
      const member = refusal.user === 'member';
      const en = await answer(refusal.en, 'en', member);
      const fr = await answer(refusal.fr, 'fr', member);
      expect(en.split('\n')).toHaveLength(1);
      expect(fr.split('\n')).toHaveLength(1);
      expect({ line: refusal.en, answer: en, french: frenchIn(en) }).toMatchObject({
        french: null,
      });
      expect({ line: refusal.fr, answer: fr, english: englishIn(fr) }).toMatchObject({
        english: null,
      });
    });
  }
});
