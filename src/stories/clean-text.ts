/**
 * Removes what is not the report itself from a feed item's plain text: "read more" tails,
 * bylines, datelines, photo credits and newsletter prompts, in English and French.
 */

/** Tails that end the useful text: everything from the match on is dropped. */
const TAILS: readonly RegExp[] = [
  /\bThe post\b.{1,300}?\bappeared first on\b.*$/isu,
  /\bL['’]article\b.{1,300}?\best apparu en premier sur\b.*$/isu,
  /\s*(?:Continue reading|Read more|Read the full (?:story|article)|Lire la suite|Lire aussi|Lire plus|En savoir plus)\b.*$/isu,
  /\s*\[(?:…|\.\.\.|&hellip;)\]\s*$/u,
];

/** Leading bylines and datelines: `By Jane Doe -`, `Par Moussa Diarra,`, `BAMAKO (Reuters) -`. */
const HEADS: readonly RegExp[] = [
  /^\s*(?:By|Par)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|du|van|von|al|el|ag))?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:,|and|et|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)*(?:\s*,?\s*(?:avec|with)\s+(?:AFP|Reuters|AP))?\s*[-–—|:,]\s*/u,
  /^\s*\p{Lu}[\p{Lu}\s'’-]{2,40}(?:,\s*[\p{L}\d .]{1,20})?\s*\((?:AFP|Reuters|AP|APA|Anadolu|Xinhua|ANP|MAP)\)\s*[-–—:]\s*/u,
  /^\s*\((?:AFP|Reuters|AP|APA)\)\s*[-–—:]?\s*/u,
  /^\s*(?:Published|Updated|Publié|Mis à jour)\s+(?:on|le)?\s*[\d/.: hH-]+(?:à\s*[\dhH:]+)?\s*[-–—|]?\s*/iu,
];

/** Sentences that are furniture, not news. */
const FURNITURE =
  /(?:all rights reserved|tous droits réservés|subscribe to our|abonnez-vous|sign up for|inscrivez-vous|newsletter|follow us on|suivez-nous|share this|partager cet|click here|cliquez ici|photo\s*:|crédit photo|©)/iu;

/** Returns the report text without boilerplate, whitespace collapsed. */
export function cleanText(text: string): string {
  let result = text.replace(/\s+/g, ' ').trim();
  for (const head of HEADS) result = result.replace(head, '');
  for (const tail of TAILS) result = result.replace(tail, '');
  return result.trim();
}

/** True for a sentence that is site furniture (copyright, newsletter prompt, photo credit). */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.test(sentence);
}
