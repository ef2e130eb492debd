import { describe, expect, it } from 'vitest';
import { ordinalEn, ordinalFr, STRINGS } from '../../../src/digest/strings.js';

describe('ordinal words', () => {
  it('writes English ordinals with st, nd, rd and th, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinalEn))
      .toMatchInlineSnapshot(`
      [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "101st",
        "111th",
        "112th",
      ]
    `);
  });

  it('writes French ordinals as 1er, then 2e, 3e…', () => {
    expect([1, 2, 3, 11, 21].map(ordinalFr)).toMatchInlineSnapshot(`
      [
        "1er",
        "2e",
        "3e",
        "11e",
        "21e",
      ]
    `);
  });

  it('names a development and an arc group in both languages', () => {
    expect([
      STRINGS.en.development(2, '26 Jul'),
      STRINGS.fr.development(1, '26 juil.'),
      STRINGS.en.arcGroup('Niger coup', 3),
      STRINGS.fr.arcGroup('Niger coup', 2),
      STRINGS.en.arcGroup('Niger coup', 1),
    ]).toMatchInlineSnapshot(`
      [
        "2nd development since 26 Jul",
        "1er développement depuis le 26 juil.",
        "Niger coup — 3 developments",
        "Niger coup — 2 développements",
        "Niger coup — 1 development",
      ]
    `);
  });
});
