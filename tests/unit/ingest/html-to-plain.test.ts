import { describe, expect, it } from 'vitest';
import { htmlToPlain, htmlToPlainRepaired, removeBoilerplate, truncateText } from '../../../src/ingest/html-to-plain.js';

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
