import { SAMPLE_MARK, type DemoItem, type Outlet } from './demo-data.js';

/**
 * Renders the demo's feeds the way real publishers write them, mess included: HTML in
 * descriptions (CDATA or entity-escaped), WordPress "The post … appeared first on …" footers,
 * "Lire la suite" links, tracking parameters, `&nbsp;`. Output is deterministic so the committed
 * files only change when stories.yaml does.
 */

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
}

function channelTitle(outlet: Outlet): string {
  return `${outlet.name} — ${SAMPLE_MARK}`;
}

function channelDescription(outlet: Outlet): string {
  const fr = outlet.language === 'fr' ? ' (données d’exemple, reportages fictifs)' : '';
  return `${SAMPLE_MARK}${fr}. ${outlet.blurb}`;
}

/** The description as the outlet's CMS would emit it (already escaped for XML). */
function rssDescription(item: DemoItem): string {
  const { outlet, text, link, title } = item;
  switch (outlet.style) {
    case 'cdata-html':
      return cdata(
        `<p>${text}</p>\n<p><a href="${xml(link)}" target="_blank" rel="noopener">Continue reading</a></p>`,
      );
    case 'wordpress': {
      const lead = sentences(text)[0] ?? text;
      const footer = `<p>The post <a href="${xml(link)}">${xml(title)}</a> appeared first on <a href="${outlet.site}">West Africa Desk</a>.</p>`;
      return cdata(`<p>${lead} [&#8230;]</p>\n${footer}`);
    }
    case 'escaped-html':
      return xml(`<p>${sentences(text).join('<br />\n')}</p>`);
    case 'read-more':
      return cdata(
        `<p><img src="${outlet.site}/images/${item.slug}.jpg" width="640" height="360" alt="" /></p>` +
          `<p>${text}&nbsp;</p><p><a href="${xml(link)}">Lire la suite</a></p>`,
      );
    default:
      return xml(text);
  }
}

function wordpressContent(item: DemoItem): string {
  const paragraphs = sentences(item.text)
    .map((s) => `<p>${s}</p>`)
    .join('\n');
  const footer = `<p>The post <a href="${xml(item.link)}">${xml(item.title)}</a> appeared first on <a href="${item.outlet.site}">West Africa Desk</a>.</p>`;
  return cdata(`${paragraphs}\n${footer}`);
}

function rssItem(item: DemoItem): string {
  const lines = [
    '    <item>',
    `      <title>${xml(item.title)}</title>`,
    `      <link>${xml(item.link)}</link>`,
    `      <guid isPermaLink="false">${xml(item.guid)}</guid>`,
    `      <pubDate>${rfc822(item.publishedAt)}</pubDate>`,
    `      <description>${rssDescription(item)}</description>`,
  ];
  if (item.outlet.style === 'wordpress') {
    lines.push(`      <dc:creator>${cdata('Desk staff')}</dc:creator>`);
    lines.push(
      `      <category>${cdata(item.kind === 'world' || item.kind === 'distractor' ? 'World' : 'Sahel')}</category>`,
    );
    lines.push(`      <content:encoded>${wordpressContent(item)}</content:encoded>`);
  }
  lines.push('    </item>');
  return lines.join('\n');
}

/** RFC 822 date with a numeric zone, as most CMSs write it. */
export function rfc822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** An RSS 2.0 document; the XML prolog names the outlet's encoding. */
export function renderRss(outlet: Outlet, items: readonly DemoItem[], builtAt: Date): string {
  return [
    `<?xml version="1.0" encoding="${outlet.encoding}"?>`,
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(channelTitle(outlet))}</title>`,
    `    <link>${outlet.site}/</link>`,
    `    <atom:link href="${outlet.site}/feed/" rel="self" type="application/rss+xml" />`,
    `    <description>${xml(channelDescription(outlet))}</description>`,
    `    <language>${outlet.language === 'fr' ? 'fr-FR' : 'en-GB'}</language>`,
    `    <lastBuildDate>${rfc822(builtAt)}</lastBuildDate>`,
    '    <ttl>10</ttl>',
    ...items.map(rssItem),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** An Atom 1.0 document with HTML summaries and content. */
export function renderAtom(outlet: Outlet, items: readonly DemoItem[], builtAt: Date): string {
  const entries = items.map((item) =>
    [
      '  <entry>',
      `    <title type="text">${xml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(item.link)}" />`,
      `    <id>${xml(item.guid)}</id>`,
      `    <published>${item.publishedAt.toISOString()}</published>`,
      `    <updated>${item.publishedAt.toISOString()}</updated>`,
      '    <author><name>Herald correspondents</name></author>',
      `    <summary type="html">${xml(`<p>${sentences(item.text)[0] ?? item.text}</p>`)}</summary>`,
      `    <content type="html">${xml(
        sentences(item.text)
          .map((s) => `<p>${s}</p>`)
          .join(''),
      )}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${outlet.language}">`,
    `  <title>${xml(channelTitle(outlet))}</title>`,
    `  <subtitle>${xml(channelDescription(outlet))}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${outlet.site}/" />`,
    `  <link rel="self" type="application/atom+xml" href="${outlet.site}/feed.atom" />`,
    `  <id>tag:${new URL(outlet.site).host},2026:feed</id>`,
    `  <updated>${builtAt.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** A JSON Feed 1.1 document. */
export function renderJsonFeed(outlet: Outlet, items: readonly DemoItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channelTitle(outlet),
    description: channelDescription(outlet),
    home_page_url: `${outlet.site}/`,
    feed_url: `${outlet.site}/feed.json`,
    language: outlet.language,
    items: items.map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      summary: sentences(item.text)[0] ?? item.text,
      content_html: sentences(item.text)
        .map((s) => `<p>${s}</p>`)
        .join(''),
      date_published: item.publishedAt.toISOString(),
      authors: [{ name: 'La rédaction' }],
      tags: [item.kind === 'world' || item.kind === 'distractor' ? 'International' : 'Sahel'],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Renders one outlet's feed in its own format. */
export function renderFeed(outlet: Outlet, items: readonly DemoItem[], builtAt: Date): string {
  switch (outlet.format) {
    case 'rss':
      return renderRss(outlet, items, builtAt);
    case 'atom':
      return renderAtom(outlet, items, builtAt);
    case 'json':
      return renderJsonFeed(outlet, items);
  }
}
