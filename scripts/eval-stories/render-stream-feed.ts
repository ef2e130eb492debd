import type { StreamItem } from './load-story-streams.js';

/** The guid a replayed item is served with; a `tag:` URI is globally unique, so it keys the item. */
export function streamGuid(itemId: string): string {
  return `tag:sahel-digest.eval,2026:${itemId}`;
}

/** The stream item id back from a stored guid, or null for a guid this replay did not serve. */
export function itemIdOfGuid(guid: string | null): string | null {
  const prefix = streamGuid('');
  return guid !== null && guid.startsWith(prefix) ? guid.slice(prefix.length) : null;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One outlet's RSS 2.0 feed as a publisher serves it at `now`: the items published by then,
 * newest first, at most `limit` of them (older items fall off the feed as on real sites).
 */
export function renderStreamFeed(
  outlet: string,
  items: readonly StreamItem[],
  now: number,
  limit = 50,
): string {
  const shown = items
    .filter((item) => Date.parse(item.at) <= now)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, limit);
  const lang = items[0]?.lang ?? 'en';
  const entries = shown.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(streamGuid(item.id))}</guid>`,
      `      <pubDate>${new Date(item.at).toUTCString()}</pubDate>`,
      `      <description>${escapeXml(item.summary)}</description>`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(outlet)}</title>`,
    `    <link>https://${escapeXml(outlet)}.example/</link>`,
    `    <description>${escapeXml(outlet)} as replayed by eval:stories</description>`,
    `    <language>${lang}</language>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
