import { describe, expect, it } from 'vitest';
import type { LookupFn } from '../../../src/ingest/guard-address.js';
import { checkFeedUrl, isForbiddenAddress } from '../../../src/ingest/guard-address.js';

const table: Record<string, readonly { address: string; family: 4 | 6 }[]> = {
  'news.example.test': [{ address: '93.184.216.34', family: 4 }],
  'intranet.example.test': [{ address: '10.1.2.3', family: 4 }],
  'mixed.example.test': [
    { address: '93.184.216.34', family: 4 },
    { address: 'fd12:3456::1', family: 6 },
  ],
  'v6.example.test': [{ address: '2606:4700::6810:85e5', family: 6 }],
};
const lookup: LookupFn = async (host) => {
  const found = table[host];
  if (found === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

const check = (url: string, allowPrivate = false) => checkFeedUrl(url, { allowPrivate, lookup });

describe('checkFeedUrl', () => {
  it.each([
    ['http://127.0.0.1/feed', '127.0.0.1'],
    ['http://10.0.0.1/feed', '10.0.0.1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://[::1]/feed', '[::1]'],
    ['http://2130706433/feed', '127.0.0.1'],
    ['http://0x7f.1/feed', '127.0.0.1'],
    ['http://0177.0.0.1/feed', '127.0.0.1'],
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://100.64.1.1/', '100.64.1.1'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[::ffff:a9fe:a9fe]/', '[::ffff:a9fe:a9fe]'],
    ['http://[fe80::1]/', '[fe80::1]'],
    ['http://[fd00:ec2::254]/', '[fd00:ec2::254]'],
    ['http://224.0.0.1/', '224.0.0.1'],
    ['http://[ff02::1]/', '[ff02::1]'],
  ])('refuses %s', async (url, host) => {
    expect(await check(url)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_ADDRESS', message: `refused: ${host} is a private or reserved address` },
    });
  });

  it('refuses a name that resolves to a private address', async () => {
    expect(await check('https://intranet.example.test/rss')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN_ADDRESS', message: 'refused: intranet.example.test resolves to a private or reserved address (10.1.2.3)' },
    });
  });

  it('refuses a name when any of its addresses is private', async () => {
    const result = await check('https://mixed.example.test/rss');
    expect(result.ok).toBe(false);
  });

  it.each(['http://metadata.google.internal/computeMetadata/v1/', 'http://localhost:8080/', 'http://printer.local/'])(
    'refuses the metadata or local name in %s without resolving it',
    async (url) => {
      const result = await check(url);
      expect(!result.ok && result.error.code).toBe('FORBIDDEN_ADDRESS');
    },
  );

  it.each(['file:///etc/passwd', 'ftp://news.example.test/feed', 'gopher://news.example.test/'])('refuses the scheme of %s', async (url) => {
    const result = await check(url);
    expect(!result.ok && result.error).toMatchObject({ code: 'BAD_URL' });
    expect(!result.ok && result.error.message).toMatch(/^refused: only http and https feeds are allowed, not [a-z]+:$/);
  });

  it('says what is wrong with a string that is not a URL', async () => {
    expect(await check('not a url')).toEqual({ ok: false, error: { code: 'BAD_URL', message: 'not a valid URL: "not a url"' } });
  });

  it('accepts public names and addresses', async () => {
    expect((await check('https://news.example.test/rss')).ok).toBe(true);
    expect((await check('https://v6.example.test/rss')).ok).toBe(true);
    expect((await check('http://93.184.216.34/rss')).ok).toBe(true);
  });

  it('says when a host does not exist', async () => {
    expect(await check('https://nowhere.example.test/')).toEqual({
      ok: false,
      error: { code: 'DNS', message: 'DNS: host not found (nowhere.example.test)' },
    });
  });

  it('lets private addresses through when ALLOW_PRIVATE_FEEDS is on, but never other schemes', async () => {
    expect((await check('http://127.0.0.1:8080/feed', true)).ok).toBe(true);
    expect((await check('https://intranet.example.test/rss', true)).ok).toBe(true);
    expect((await check('file:///etc/passwd', true)).ok).toBe(false);
  });
});

describe('isForbiddenAddress', () => {
  it.each(['172.16.0.1', '172.31.255.255', '192.168.1.1', '198.18.0.1', '255.255.255.255', '::', '64:ff9b::a00:1', '2002:7f00:1::'])(
    'forbids %s',
    (address) => expect(isForbiddenAddress(address)).toBe(true),
  );

  it.each(['172.32.0.1', '8.8.8.8', '100.128.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows %s', (address) =>
    expect(isForbiddenAddress(address)).toBe(false),
  );
});
