/**
 * A feed entry as parsed, before normalising: text fields still as the feed wrote them (HTML or
 * plain), links possibly relative, dates as strings. Both the XML and the JSON Feed parsers
 * produce this shape.
 */
export interface RawEntry {
  readonly guid: string | null;
  /** RSS `isPermaLink`; null when the feed did not say. */
  readonly guidIsPermaLink: boolean | null;
  readonly link: string | null;
  /** Title as written; may contain entities or markup. */
  readonly title: string;
  /** The lead (RSS description beside content:encoded, Atom summary); may be empty. */
  readonly summaryHtml: string;
  /** The fullest text the feed gives (content:encoded, Atom content, or the only description). */
  readonly contentHtml: string;
  readonly author: string | null;
  /** Date candidates, best first (published before updated). */
  readonly dates: readonly string[];
  /** The entry's `xml:base`, when it has one. */
  readonly base: string | null;
  readonly language: string | null;
}

export interface RawFeed {
  readonly entries: readonly RawEntry[];
  /** The feed-level `xml:base`, when given. */
  readonly base: string | null;
  /** The site link of the channel (RSS `<link>`, Atom alternate link, JSON Feed `home_page_url`). */
  readonly link: string | null;
  readonly language: string | null;
}
