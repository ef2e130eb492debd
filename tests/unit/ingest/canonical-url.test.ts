import { describe, expect, it } from 'vitest';
import { canonicalUrl, resolveBase } from '../../../src/ingest/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://x.example/a?utm_source=rss&utm_medium=feed&id=7', 'https://x.example/a?id=7'],
    ['https://x.example/a?fbclid=1&gclid=2&xtor=RSS-3&mc_cid=4', 'https://x.example/a'],
    ['https://x.example/a#comments', 'https://x.example/a'],
    ['https://x.example/2024/01/story/amp/', 'https://x.example/2024/01/story/'],
    ['https://x.example/2024/01/story.amp.html', 'https://x.example/2024/01/story.html'],
    ['https://x.example/amp/2024/story', 'https://x.example/2024/story'],
    ['https://x.example/story?amp=1', 'https://x.example/story'],
    ['https://x.example/story?outputType=amp&page=2', 'https://x.example/story?page=2'],
    ['https://www-x-example.cdn.ampproject.org/c/s/www.x.example/story', 'https://www.x.example/story'],
    ['HTTPS://X.Example:443/a', 'https://x.example/a'],
  ])('canonicalises %s', (link, expected) => {
    expect(canonicalUrl(link, null)).toBe(expected);
  });

  it('keeps parameters that pick the page, in order', () => {
    expect(canonicalUrl('https://x.example/view?b=2&a=1', null)).toBe('https://x.example/view?b=2&a=1');
  });

  it('resolves relative links against the base', () => {
    expect(canonicalUrl('../b/c?utm_campaign=z', 'https://x.example/a/feed/')).toBe('https://x.example/a/b/c');
    expect(canonicalUrl('/root', 'https://x.example/a/feed/')).toBe('https://x.example/root');
  });

  it.each(['javascript:alert(1)', 'mailto:a@x.example', 'tag:x.example,2024:1', '', 'relative/without/base'])('refuses %j', (link) => {
    expect(canonicalUrl(link, null)).toBeNull();
  });
});

describe('resolveBase', () => {
  it('resolves a relative xml:base against the outer base and ignores a broken one', () => {
    expect(resolveBase('posts/', 'https://x.example/blog/')).toBe('https://x.example/blog/posts/');
    expect(resolveBase(null, 'https://x.example/')).toBe('https://x.example/');
    expect(resolveBase('http://[broken', 'https://x.example/')).toBe('https://x.example/');
  });
});
