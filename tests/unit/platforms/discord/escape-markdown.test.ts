import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  escapeTitle,
  maskedLink,
  packUnits,
  plainText,
  splitText,
  truncateWords,
} from '../../../../src/platforms/discord/escape-markdown.js';

/** The forms Discord turns into pings, mentions, commands, timestamps or links. */
const LIVE = [
  /(?<!\\)<@!?\d+>/, // user
  /(?<!\\)<@&\d+>/, // role
  /(?<!\\)<#\d+>/, // channel
  /(?<!\\)<\/[\w -]+:\d+>/, // slash command
  /(?<!\\)<t:\d+(:\w)?>/, // timestamp
  /@everyone/i,
  /@here/i,
  /(?<!\\)\[[^\]]*(?<!\\)\]\(/, // masked link
];

describe('escapeMarkdown', () => {
  it.each([
    ['@everyone look', 'everyone'],
    ['@here now', 'here'],
    ['hi <@123456789012345678>', 'user'],
    ['hi <@!123456789012345678>', 'nick user'],
    ['<@&123> to arms', 'role'],
    ['see <#123456789012345678>', 'channel'],
    ['run </ban:123456789012345678>', 'slash command'],
    ['at <t:1700000000:R>', 'timestamp'],
    ['[click here](https://evil.example)', 'masked link'],
    ['[https://rfi.fr](https://evil.example/x)', 'masked link disguised as a URL'],
  ])('neutralises %j (%s)', (input) => {
    const escaped = escapeMarkdown(input);
    for (const pattern of LIVE) expect(escaped).not.toMatch(pattern);
  });

  it('escapes the markdown of a feed title so it reads as written', () => {
    expect(escapeMarkdown('**Breaking** _news_ ||spoiler|| `code` ~~old~~ \\o/')).toBe(
      '\\*\\*Breaking\\*\\* \\_news\\_ \\|\\|spoiler\\|\\| \\`code\\` \\~\\~old\\~\\~ \\\\o/',
    );
  });

  it('keeps headings, lists and quotes at the start of a line from forming', () => {
    expect(escapeMarkdown('# Big\n- item\n> quote\n12. twelve\n-# small')).toBe(
      '\\# Big\n\\- item\n\\> quote\n12\\. twelve\n\\-# small',
    );
  });
});

describe('escapeTitle', () => {
  it('escapes formatting but leaves brackets a reader would otherwise see with backslashes', () => {
    expect(escapeTitle('**Mali** (AFP): [update] _now_')).toBe(
      '\\*\\*Mali\\*\\* (AFP): [update] \\_now\\_',
    );
  });

  it('breaks mentions and links in a title', () => {
    const title = escapeTitle('@here <@&1> [a](https://evil.example)');
    for (const pattern of LIVE) expect(title).not.toMatch(pattern);
  });
});

describe('plainText', () => {
  it('breaks mentions and links in plain-text fields without adding backslashes', () => {
    const text = plainText('@everyone <@&1> <#2> <t:3> [a](https://evil.example) *kept*');
    for (const pattern of LIVE) expect(text).not.toMatch(pattern);
    expect(text.replace(/\u200b/g, '')).toBe(
      '@everyone <@&1> <#2> <t:3> [a](https://evil.example) *kept*',
    );
  });
});

describe('packUnits', () => {
  it('keeps units whole and starts a new text when the next unit does not fit', () => {
    expect(packUnits(['aaaa', 'bbbb', 'cc', 'dddddddddd'], 9)).toEqual([
      'aaaa\nbbbb',
      'cc',
      'ddddddddd',
      'd',
    ]);
  });
});

describe('maskedLink', () => {
  it('links our own URL field and encodes the characters that would end the link early', () => {
    expect(maskedLink('Le Monde (Afrique)', 'https://example.org/a_(b) c')).toBe(
      '[Le Monde \\(Afrique\\)](https://example.org/a_%28b%29%20c)',
    );
  });

  it('falls back to escaped text for a URL that is not http(s)', () => {
    expect(maskedLink('[x](y)', 'javascript:alert(1)')).toBe('\\[x\\]\\(y\\)');
    expect(maskedLink('RFI', null)).toBe('RFI');
  });
});

describe('truncateWords', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncateWords('Soldiers force President Keïta to resign', 20)).toBe('Soldiers force…');
  });

  it('leaves a text that fits unchanged', () => {
    expect(truncateWords('Kidal', 5)).toBe('Kidal');
  });
});

describe('splitText', () => {
  it('splits between lines before it splits between words', () => {
    expect(splitText('alpha beta\ngamma delta\nepsilon', 23)).toEqual([
      'alpha beta\ngamma delta',
      'epsilon',
    ]);
  });

  it('never cuts a markdown link or a word inside an overlong line', () => {
    const link = '[Soldiers force President Keïta](https://example.org/coup-2020)';
    const line = `${'word '.repeat(10)}${link} ${'tail '.repeat(10)}`.trim();
    const pieces = splitText(line, 70);
    expect(pieces.every((p) => p.length <= 70)).toBe(true);
    expect(pieces.some((p) => p.includes(link))).toBe(true);
    expect(pieces.join(' ').split(/\s+/)).toEqual(line.split(/\s+/));
  });
});
