/**
 * Cities where too much happens for their name to tell one development from another: the
 * capitals of the Sahel and its neighbours, the other African capitals, and the capitals and
 * cities of the powers that appear in Sahel news. Watchlist places are entities, never names
 * (see text-anchors.ts); these are the ones a report names bare ("Ouagadougou hosts a farm fair",
 * "talks in Cotonou"), and a shared one says only where two reports were filed or set. A
 * company's, a person's or a mine's name ("Resolute", "Bristow", "Loulo") says which
 * development a report tells; a capital's does not.
 */
import { foldString } from '../core/fold-text.js';
import { stemWord } from './text-features.js';

const CITIES = (
  // The Sahel and its neighbours, with the French spellings that differ.
  'Bamako Niamey Ouagadougou Nouakchott Dakar Abidjan Accra Lomé Lome Cotonou Porto-Novo Abuja ' +
  'Lagos Kano Maiduguri Algiers Alger Tamanrasset Tripoli Tunis Rabat Casablanca Conakry ' +
  "Freetown Monrovia Banjul Bissau Yamoussoukro N'Djamena Ndjamena Yaoundé Yaounde Douala " +
  // The other African capitals.
  'Cairo Caire Khartoum Addis Ababa Abeba Nairobi Kampala Kigali Kinshasa Brazzaville Bangui ' +
  'Libreville Malabo Luanda Lusaka Harare Pretoria Johannesburg Maputo Antananarivo Dodoma ' +
  'Mogadishu Djibouti Asmara Juba Windhoek Gaborone Maseru Mbabane Lilongwe Moroni Victoria ' +
  'Praia Bujumbura ' +
  // The powers and institutions that appear in Sahel news.
  'Paris Washington Moscow Moscou Beijing Pékin Pekin Ankara Istanbul Brussels Bruxelles ' +
  'London Londres Berlin Rome Madrid Geneva Genève Geneve York Doha Riyadh Riyad Dubai Tehran ' +
  'Téhéran Kyiv Kiev Tokyo Delhi Ottawa Montreal Montréal Lyon Marseille'
).split(' ');

let stems: ReadonlySet<string> | undefined;

/** True when an anchor (a folded stem, see text-anchors.ts) names one of these cities. */
export function isCityName(anchor: string): boolean {
  stems ??= new Set(
    CITIES.flatMap((city) => foldString(city).split(/[^\p{L}\p{N}]+/u))
      .filter((word) => word.length >= 4)
      .map((word) => stemWord(word)),
  );
  return stems.has(anchor);
}
