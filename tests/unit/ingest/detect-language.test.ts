import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/ingest/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Les forces armées maliennes ont repris le contrôle de la ville de Kidal, selon un communiqué.', 'fr'],
    ['Burkina Faso : l’armée annonce avoir neutralisé des terroristes dans le Sahel', 'fr'],
    ['The military government in Niamey has named a new cabinet after the coup.', 'en'],
    ['Mali’s junta says it has retaken the northern town of Kidal from rebels', 'en'],
  ])('recognises %j', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['Kidal', 'a single name'],
    ['Die nun verfügbare Version des Servers ist auf der Seite der Firma', 'German'],
    ['Mãe de utente é a nova presidente da associação para os doentes', 'Portuguese'],
    ['', 'empty text'],
  ])('is unsure about %j (%s)', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});
