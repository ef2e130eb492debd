import { z } from 'zod';

/**
 * The demo's story data (demo/stories.yaml) and what is derived from it: canonical URLs, links
 * as each outlet would publish them (tracking parameters included), and the two snapshots the
 * demo serves. Everything here is sample data: fictional outlets on `.example` domains.
 */

export const SAMPLE_MARK = 'Sample data for the sahel-digest demo — fictional reports';

/** The demo's first poll sees the feeds as they stood at this time; the second poll sees all. */
export const FIRST_POLL_AT = '2026-11-22T20:00:00Z';
/** The demo's clock for the second poll and the digest. */
export const DEMO_NOW = '2026-11-23T08:00:00Z';

const isoMinute = z
  .string()
  .regex(
    /^2026-11-2[0-2]T\d\d:\d\d(:\d\d)?Z$/,
    'expected a UTC time between 2026-11-20 and 2026-11-22, e.g. 2026-11-21T09:15Z',
  );

const outletSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  language: z.enum(['en', 'fr']),
  format: z.enum(['rss', 'atom', 'json']),
  encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  site: z.url(),
  style: z.enum(['cdata-html', 'atom', 'wordpress', 'plain', 'escaped-html', 'json', 'read-more']),
  blurb: z.string().min(1),
});

const itemSchema = z.object({
  outlet: z.string(),
  at: isoMinute,
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  sameAs: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
    .optional(),
  title: z.string().min(1),
  text: z.string().min(1),
});

const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['event', 'single', 'distractor', 'world']),
  label: z.string().min(1),
  items: z.array(itemSchema).min(1),
});

export const storiesSchema = z.object({
  outlets: z.array(outletSchema).min(1),
  groups: z.array(groupSchema).min(1),
});

export type StoriesFile = z.infer<typeof storiesSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type GroupKind = z.infer<typeof groupSchema>['kind'];

/** One article as the demo publishes it. */
export interface DemoItem {
  readonly key: string;
  readonly groupId: string;
  readonly kind: GroupKind;
  readonly outlet: Outlet;
  readonly publishedAt: Date;
  readonly title: string;
  readonly text: string;
  readonly slug: string;
  /** The URL without tracking parameters: what the normaliser should arrive at. */
  readonly canonicalUrl: string;
  /** The URL as written in the feed. */
  readonly link: string;
  readonly guid: string;
  /** True when this item republishes another outlet's article (same canonical URL). */
  readonly republished: boolean;
}

/** Lower-case ASCII words joined by `-`, at most 64 characters. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    if (slug.length + word.length + 1 > 64) break;
    slug = slug === '' ? word : `${slug}-${word}`;
  }
  return slug;
}

/** How each publishing style tags its links: tracking parameters the normaliser must drop. */
function trackedLink(canonical: string, outlet: Outlet, slug: string): string {
  switch (outlet.style) {
    case 'cdata-html':
      return `${canonical}?utm_source=rss&utm_medium=feed&utm_campaign=sahel-wire`;
    case 'wordpress':
      return `${canonical}?utm_source=rss&utm_medium=rss&utm_campaign=${slug}`;
    case 'atom':
      return `${canonical}?utm_source=atom&utm_medium=feed`;
    case 'escaped-html':
      return `${canonical}?utm_source=flux_rss&utm_medium=rss&utm_term=${slug.slice(0, 12)}`;
    case 'json':
      return `${canonical}?utm_source=jsonfeed#commentaires`;
    case 'read-more':
      return `${canonical}?utm_source=feed&fbclid=IwAR0sampleDemoOnly`;
    case 'plain':
      return canonical;
  }
}

function guidFor(outlet: Outlet, slug: string, serial: number): string {
  if (outlet.style === 'wordpress') return `${outlet.site}/?p=${10400 + serial}`;
  if (outlet.format === 'atom') return `tag:${new URL(outlet.site).host},2026:${slug}`;
  return `urn:sample:${outlet.id}:${slug}`;
}

/** Resolves outlets, slugs, links and republications; throws with the item's place on bad data. */
export function resolveItems(data: StoriesFile): DemoItem[] {
  const outlets = new Map(data.outlets.map((o) => [o.id, o]));
  const slugsTaken = new Set<string>();
  const byKey = new Map<string, DemoItem>();
  const out: DemoItem[] = [];
  let serial = 0;
  for (const group of data.groups) {
    for (const raw of group.items) {
      const where = `stories.yaml: groups[${group.id}] item "${raw.title}"`;
      const outlet = outlets.get(raw.outlet);
      if (outlet === undefined) throw new Error(`${where}: unknown outlet ${raw.outlet}`);
      const publishedAt = new Date(raw.at);
      let slug = raw.slug ?? slugify(raw.title);
      while (slugsTaken.has(`${outlet.id}/${slug}`)) slug = `${slug}-2`;
      slugsTaken.add(`${outlet.id}/${slug}`);
      const day = raw.at.slice(0, 10).replaceAll('-', '/');
      // WordPress permalinks end with a slash.
      let canonicalUrl = `${outlet.site}/${day}/${slug}${outlet.style === 'wordpress' ? '/' : ''}`;
      let link = trackedLink(canonicalUrl, outlet, slug);
      if (raw.sameAs !== undefined) {
        const original = byKey.get(raw.sameAs);
        if (original === undefined)
          throw new Error(`${where}: sameAs ${raw.sameAs} is not an earlier item`);
        canonicalUrl = original.canonicalUrl;
        link = `${canonicalUrl}?utm_source=${outlet.id}&utm_medium=syndication&utm_campaign=wire`;
      }
      const key = `${group.id}/${outlet.id}`;
      const item: DemoItem = {
        key,
        groupId: group.id,
        kind: group.kind,
        outlet,
        publishedAt,
        title: raw.title,
        text: raw.text,
        slug,
        canonicalUrl,
        link,
        guid: guidFor(outlet, slug, serial++),
        republished: raw.sameAs !== undefined,
      };
      byKey.set(key, item);
      out.push(item);
    }
  }
  return out;
}

/** The file a feed is served from, and its Content-Type. */
export function feedFile(outlet: Outlet): { readonly file: string; readonly contentType: string } {
  switch (outlet.format) {
    case 'json':
      return { file: `${outlet.id}.json`, contentType: 'application/feed+json; charset=utf-8' };
    case 'atom':
      return { file: `${outlet.id}.atom`, contentType: 'application/atom+xml; charset=utf-8' };
    case 'rss':
      return {
        file: `${outlet.id}.xml`,
        contentType: `application/rss+xml; charset=${outlet.encoding}`,
      };
  }
}
