import { describe, expect, it } from 'vitest';
import { localeArg, textArg } from '../../../commands/text-arg.js';

describe('textArg and localeArg', () => {
  it('gives a trimmed text argument under its name, and nothing for a blank or absent one', () => {
    expect(textArg({ cron: '  0 7 * * *  ' }, 'cron')).toEqual({ cron: '0 7 * * *' });
    expect(textArg({ cron: '   ' }, 'cron')).toEqual({});
    expect(textArg({}, 'cron')).toEqual({});
    expect(textArg({ cron: 7 }, 'cron')).toEqual({});
  });

  it('gives the locale only when it names a language', () => {
    expect(localeArg({ locale: 'fr' })).toEqual({ locale: 'fr' });
    expect(localeArg({ locale: 'de' })).toEqual({});
    expect(localeArg({})).toEqual({});
  });
});
