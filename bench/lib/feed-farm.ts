import { createHash } from 'node:crypto';

/** Sizes of the benchmark's feed farm (DESIGN.md: 1,000 RSS feeds × 50 items, about 38 MB). */
export const FARM = { feeds: 1000, itemsPerFeed: 50 } as const;

const PLACES = ['Kidal', 'Gao', 'Ménaka', 'Tombouctou', 'Bamako', 'Niamey', 'Ouagadougou', 'Djibo', 'Tillabéri', 'Mopti'];
const ACTORS = ['JNIM', 'the FAMa', 'Africa Corps', 'ECOWAS', 'the AES', 'local officials', 'the junta', 'aid groups'];
const EVENTS = ['attack', 'talks', 'drone strike', 'protest', 'flooding', 'election plan', 'sanctions', 'convoy ambush'];
const FILLER =
  'Residents described a tense day as officials gave few details. Aid workers said access to the area remained ' +
  'difficult, while regional partners called for calm and for humanitarian corridors to stay open. ';

/** A small deterministic generator, so every run serves the same bytes. */
function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length] as T;
}

/** The RSS 2.0 body of feed `f`: 50 items of about 760 bytes, a mix of Sahel news and other text. */
export function farmFeed(f: number): string {
  const items: string[] = [];
  const base = Date.UTC(2025, 10, 1);
  for (let i = 0; i < FARM.itemsPerFeed; i += 1) {
    const s = f * 7919 + i * 104_729;
    const title = i % 3 === 0
      ? `Market prices and weather update ${f}-${i}`
      : `${pick(ACTORS, s)} ${pick(EVENTS, s >> 3)} near ${pick(PLACES, s >> 5)} (${f}-${i})`;
    const date = new Date(base + (f * 50 + i) * 61_000).toUTCString();
    const body = `&lt;p&gt;${title}. ${FILLER}${FILLER.slice(0, 150 + (s % 90))}&lt;/p&gt;`;
    items.push(
      `<item><title>${title}</title><link>https://outlet${f}.example/2025/11/story-${i}?utm_source=rss</link>` +
        `<guid isPermaLink="false">outlet${f}-${i}</guid><pubDate>${date}</pubDate>` +
        `<category>Africa</category><description>${body}</description></item>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Outlet ${f}</title>` +
    `<link>https://outlet${f}.example/</link><description>Bench outlet ${f}</description>` +
    `<language>en</language>${items.join('\n')}</channel></rss>\n`
  );
}

export interface FarmFeed {
  readonly body: Buffer;
  readonly etag: string;
}

/** Every feed of the farm, built once. */
export function buildFarm(): FarmFeed[] {
  return Array.from({ length: FARM.feeds }, (_, f) => {
    const body = Buffer.from(farmFeed(f), 'utf8');
    return { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
  });
}
