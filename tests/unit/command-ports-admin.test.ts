import { describe, expect, it } from 'vitest';
import { feedTitle } from '../../src/command-ports-admin-feeds.js';
import { resolveTimeZone } from '../../src/command-ports-admin-digests.js';

describe('feedTitle', () => {
  it("reads an RSS channel's title, not its first item's", () => {
    expect(
      feedTitle(
        '<rss><channel><title><![CDATA[Studio Tamani]]></title><item><title>Item</title></item></channel></rss>',
      ),
    ).toBe('Studio Tamani');
    expect(
      feedTitle('<rss><channel><item><title>Only an item</title></item></channel></rss>'),
    ).toBeNull();
  });

  it('reads an Atom title with markup and entities, and a JSON Feed title', () => {
    expect(
      feedTitle(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Le &lt;b&gt;Sahel&lt;/b&gt; &amp;\n Co</title></feed>',
      ),
    ).toBe('Le <b>Sahel</b> & Co');
    expect(
      feedTitle('{"version":"https://jsonfeed.org/version/1.1","title":" Wire ","items":[]}'),
    ).toBe('Wire');
    expect(feedTitle('{"items":[]}')).toBeNull();
  });
});

describe('resolveTimeZone', () => {
  it('spells a zone canonically and suggests one by city or by spelling', () => {
    expect(resolveTimeZone('africa/bamako')).toEqual({ ok: true, value: 'Africa/Bamako' });
    expect(resolveTimeZone('Ouagadougou')).toEqual({
      ok: false,
      error: { code: 'bad-timezone', timezone: 'Ouagadougou', suggestion: 'Africa/Ouagadougou' },
    });
    expect(resolveTimeZone('Europe/Pariss')).toMatchObject({
      error: { suggestion: 'Europe/Paris' },
    });
    expect(resolveTimeZone('Nowhere/Atall')).toEqual({
      ok: false,
      error: { code: 'bad-timezone', timezone: 'Nowhere/Atall' },
    });
  });
});
