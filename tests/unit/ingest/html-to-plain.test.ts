import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { farmFeed } from '../../../bench/lib/feed-farm.js';
import {
  htmlToPlain,
  htmlToPlainRepaired,
  htmlToPlainTokenized,
  removeBoilerplate,
  truncateText,
} from '../../../src/ingest/html-to-plain.js';

describe('htmlToPlain', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlToPlain('L&#8217;arm&eacute;e &amp; la &laquo;&nbsp;transition&nbsp;&raquo; &#x2014; fin')).toBe('L’armée & la « transition » — fin');
  });

  it('turns blocks into lines and drops scripts, styles and images', () => {
    const html = '<div><p>Premier   paragraphe.</p><script>var x = "<p>no</p>";</script><style>p{}</style><img src="x.png" alt="photo"><ul><li>un</li><li>deux</li></ul>fin<br>ligne</div>';
    expect(htmlToPlain(html)).toBe('Premier paragraphe.\nun\ndeux\nfin\nligne');
  });

  it('keeps a "<" that is not a tag', () => {
    expect(htmlToPlain('Moins de 10 < 20 morts')).toBe('Moins de 10 < 20 morts');
  });

  it('leaves plain text alone apart from spacing', () => {
    expect(htmlToPlain('  Kidal:\n  the army   returns ')).toBe('Kidal:\nthe army returns');
  });

  it('stops at the character cap', () => {
    expect(htmlToPlain(`<p>${'a'.repeat(50)}</p><p>${'b'.repeat(50)}</p>`, 60).length).toBeLessThanOrEqual(60);
  });

  it('unescapes HTML that a feed escaped twice', () => {
    expect(htmlToPlainRepaired('&lt;p&gt;Hello &lt;a href="x"&gt;world&lt;/a&gt;&lt;/p&gt;')).toBe('Hello world');
  });
});

describe('htmlToPlain fast path', () => {
  const tricky = [
    '<p>One</p><p>Two <b>bold</b> <a href="https://x.example/?a=1">link</a></p>',
    '<div><p>Nested<div>block</div>after</p>tail</div>',
    'a</div>b',
    'a</p>b</br>c',
    '<ul><li>one<li>two</ul>three',
    '<b>x<hr>y</b>z',
    '<P CLASS="Lead">Upper</P>case',
    '<img src="a.png" alt="a > b">caption<br/>next',
    '<a title="x<y">odd</a> attribute',
    '<a href=plain/>unquoted</a>',
    '<p>line\n  broken\n text</p>',
    '<p>  spaced \t out\u00a0 text  </p>',
    '10 < 20 morts',
    '<p>Entity &amp; markup</p>',
    '<p>script<script>var a = "<p>";</script> after</p>',
    '<form><p>in form</form>after',
    '<!-- note --><p>comment first</p>',
    '<p a="1"b="2">no space between attributes</p>',
    '<p>unclosed <em>inline',
    '<table><tr><td>a<td>b<tr><td>c</table>',
    '<section><h2>Head</h2>Body</section><footer>Foot</footer>',
  ];

  it.each(tricky)('gives the tokenizer\'s text for %j', (html) => {
    expect(htmlToPlain(html)).toBe(htmlToPlainTokenized(html));
  });

  it('gives the tokenizer\'s text for every description of the fixture feeds and the bench farm', () => {
    const dir = new URL('../../fixtures/feeds/', import.meta.url);
    const xml = readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(new URL(f, dir), 'latin1'));
    const texts = [...xml, farmFeed(0), farmFeed(1)].flatMap((feed) =>
      [...feed.matchAll(/<(description|content:encoded|summary|content|title)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
        (m[2] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      ),
    );
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(htmlToPlain(text)).toBe(htmlToPlainTokenized(text));
  });

  it('keeps to the character cap like the tokenizer', () => {
    const html = `<p>${'word '.repeat(40)}</p><p>${'more '.repeat(40)}</p>`;
    expect(htmlToPlain(html, 120)).toBe(htmlToPlainTokenized(html, 120));
    expect(htmlToPlain(html, 120).length).toBeLessThanOrEqual(120);
  });
});

describe('removeBoilerplate', () => {
  it.each([
    ['Lead.\nThe post Kidal falls appeared first on Sahel Wire.', 'Lead.'],
    ['Lead.\nL’article Kidal tombe est apparu en premier sur Sahel Info.', 'Lead.'],
    ['Lead sentence here. Continue reading →', 'Lead sentence here.'],
    ['Lead sentence here. [...] Lire la suite', 'Lead sentence here.'],
    ['Lead sentence here […]', 'Lead sentence here …'],
    ['Lead.\nRead more', 'Lead.'],
  ])('cleans %j', (text, expected) => {
    expect(removeBoilerplate(text)).toBe(expected);
  });

  it('keeps a sentence that only mentions reading', () => {
    expect(removeBoilerplate('Officials said they would continue reading the report.')).toBe('Officials said they would continue reading the report.');
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateText('The junta in Niamey announced a new cabinet', 20)).toBe('The junta in Niamey…');
    expect(truncateText('short', 20)).toBe('short');
  });
});

describe('htmlToPlain spacing', () => {
  const SPACING_RUN = /[\t\f\v\r\u00a0\u200b][ \t\f\v\r\u00a0\u200b]*| [ \t\f\v\r\u00a0\u200b]+/g;
  /** Plain text the line-by-line way: break spacing, then collapse and trim each line, drop empty ones. */
  const byLines = (text: string): string =>
    text
      .replace(/\s*\n\s*/g, '\n')
      .split('\n')
      .map((line) => line.replace(SPACING_RUN, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
  // Every character `\s` matches, the zero-width space, and look-alikes it does not match.
  const pieces = [
    'a', 'Kidal', '.', ' ', ' ', '  ', '\n', '\n\n', ' \n ', '\t', '\r', '\r\n', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u2009',
    '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u001c', '\u200c', '\u2060',
  ];

  it('collapses and trims every line like splitting into lines, on 20,000 random texts', () => {
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let n = 0; n < 20_000; n += 1) {
      let text = '';
      for (let i = Math.floor(next() * 30); i > 0; i -= 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      expect(htmlToPlain(text), JSON.stringify(text)).toBe(byLines(text));
      expect(htmlToPlain(`<p>${text}</p>${text}`), JSON.stringify(text)).toBe(htmlToPlainTokenized(`<p>${text}</p>${text}`));
    }
  });

  it('treats every UTF-16 unit as spacing or not like splitting into lines', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      if (c === '<' || c === '&') continue;
      for (const text of [`a${c}b`, `a ${c}${c}b`, `${c}a\n${c}`]) if (htmlToPlain(text) !== byLines(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it.each([
    ['\u200b\n\u200bKidal \u2028\n \u3000Gao\u200b', 'Kidal\nGao'],
    [' \n\n a \t b \n\n ', 'a b'],
    ['a\u00a0\u00a0b\r\nc', 'a b\nc'],
  ])('tidies %j', (text, expected) => {
    expect(htmlToPlain(text)).toBe(expected);
  });
});

describe('removeBoilerplate without regex passes that cannot match', () => {
  it.each([
    ['Lead.\nThe post X appeared first on Y.\nMore.', 'Lead.\nMore.'],
    ['The post X appeared first on Y.', ''],
    ['the POST x appeared first on y', ''],
    ['Lead.\nLire plus', 'Lead.'],
    ['Lead.\nlire plus', 'Lead.\nlire plus'],
    ['Lead said. Read the full story', 'Lead said.'],
    ['Lead said. Read the full storyline here', 'Lead said. Read the full storyline here'],
    ['Lead said. En savoir plus sur ce sujet', 'Lead said.'],
    ['Lead said. en savoir plus', 'Lead said. en savoir plus'],
    [`${'word '.repeat(100)}said. Continue reading`, `${'word '.repeat(100)}said.`],
    ['No boilerplate at all.', 'No boilerplate at all.'],
    [`Lead.\nThe post ${'x'.repeat(401)} appeared first on Y`, `Lead.\nThe post ${'x'.repeat(401)} appeared first on Y`],
  ])('cleans %j', (text, expected) => {
    expect(removeBoilerplate(text)).toBe(expected);
  });
});
