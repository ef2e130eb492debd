import { describe, expect, it } from 'vitest';
import { foldLetters, foldLettersText, foldMarks, foldString, foldText } from '../../../src/core/fold-text.js';

describe('foldText', () => {
  it('lower-cases and strips accents', () => {
    expect(foldString('GOÏTA, Ménaka, Burkinabè, l’État')).toBe("goita, menaka, burkinabe, l'etat");
  });

  it('maps curly apostrophes and Unicode hyphens to ASCII', () => {
    expect(foldString('d’Ag‐Ghaly ʼx')).toBe("d'ag-ghaly 'x");
  });

  it('keeps offsets one-to-one for precomposed accents', () => {
    const folded = foldText('Tombouctou, Ségou');
    expect(folded.text).toBe('tombouctou, segou');
    expect(folded.toOriginal(12)).toBe(12);
  });

  it('maps offsets back past decomposed marks', () => {
    const original = 'Se\u0301gou et Me\u0301naka';
    const folded = foldText(original);
    expect(folded.text).toBe('segou et menaka');
    const start = folded.text.indexOf('menaka');
    expect(original.slice(folded.toOriginal(start), folded.toOriginal(start + 6))).toBe('Me\u0301naka');
    expect(folded.toOriginal(folded.text.length)).toBe(original.length);
  });

  it('folds letters but keeps curly apostrophes with foldLetters', () => {
    expect(foldLetters('Goïta l’État ‐ ‘x’')).toBe('Goita l’Etat - ‘x’');
    expect(foldLetters("plain ASCII, l'Etat")).toBe("plain ASCII, l'Etat");
    const original = 'l’E\u0301tat a\u0300 Me\u0301naka';
    const folded = foldLettersText(original);
    expect(folded.text).toBe('l’Etat a Menaka');
    const start = folded.text.indexOf('Menaka');
    expect(original.slice(folded.toOriginal(start), folded.toOriginal(start + 6))).toBe('Me\u0301naka');
  });

  it('folds every code unit with foldLetters as foldMarks does, apostrophes aside', () => {
    const apostrophes = new Set(['\u2018', '\u2019', '\u02bc', '\u2032']);
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      if (apostrophes.has(ch)) continue;
      // Alone, and after an accent so that the text takes the code-unit path.
      expect(foldLetters(ch)).toBe(foldMarks(ch));
      expect(foldLetters(`é${ch}x`)).toBe(foldMarks(`é${ch}x`));
    }
  });

  it('keeps surrogate pairs, lone surrogates and long text through foldLetters', () => {
    expect(foldLetters('Ménaka 🇲🇱 \ud800 x')).toBe('Menaka 🇲🇱 \ud800 x');
    const long = 'Traoré à Ménaka. '.repeat(2000);
    expect(foldLetters(long)).toBe('Traore a Menaka. '.repeat(2000));
    expect(foldLetters('Sévaré')).toBe('Sevare');
  });

  it('gives the same text as foldString', () => {
    for (const s of ['ÉTAT', 'Ça va', 'e\u0301te\u0301', 'İstanbul', 'Straße']) expect(foldText(s).text).toBe(foldString(s));
  });
});
