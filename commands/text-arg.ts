import type { CommandArgs } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';

/**
 * A string argument ready to spread into a request: `{ [name]: text }` with the text trimmed, or
 * `{}` when the argument is absent or blank, so a blank option means "not given" everywhere.
 */
export function textArg<K extends string>(args: CommandArgs, name: K): { [P in K]?: string } {
  const value = args[name];
  return typeof value === 'string' && value.trim() !== ''
    ? ({ [name]: value.trim() } as { [P in K]?: string })
    : {};
}

/** The `locale` argument ready to spread: `{ locale }` when it names a language, else `{}`. */
export function localeArg(args: CommandArgs): { locale?: Language } {
  const locale = args['locale'];
  return locale === 'en' || locale === 'fr' ? { locale } : {};
}
