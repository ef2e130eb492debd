import { describe, expect, it } from 'vitest';
import { foldLetters, foldLettersText, foldString, foldText } from '../../../src/core/fold-text.js';

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

  it('gives the same text as foldString', () => {
    for (const s of ['ÉTAT', 'Ça va', 'e\u0301te\u0301', 'İstanbul', 'Straße']) expect(foldText(s).text).toBe(foldString(s));
  });
});
