/**
 * Features that read as news: a magazine headline sets a scene and states where a group stands,
 * with no happening in it ("Au Burkina Faso, les Peuls face au poison de la vengeance", "In
 * Mali, herders facing reprisals", "les BIR en première ligne de la sale guerre"). A report of
 * a happening says what was done ("Au Mali, l'armée repousse une attaque face aux jihadistes"),
 * so a headline in which an act is read stays news. Pure.
 */
import { isEmptyFrame, readHeadline } from './action-frame.js';
import type { PieceKindResult } from './piece-kind.js';

/**
 * A scene-setting opening ("Au Burkina Faso, …", "Dans l'ouest, …", "In Mali, …"), then, within
 * the same clause, a group set against what it endures ("face à", "facing") or placed on a
 * front ("en première ligne", "on the front line"). Matched on the folded headline.
 */
const STANDING = new RegExp(
  String.raw`^(?:(?:au|aux|en|dans les?|dans la) [^,:]{2,40}|dans l'[^,:]{2,40}|in [^,:]{2,40}), ` +
    String.raw`[^,:]{0,60}(?<![\p{L}\p{N}])(?:face (?:a|au|aux)|en premiere ligne|facing|on the front ?lines?)(?![\p{L}\p{N}])`,
  'u',
);

/** `analysis` for a headline that states a group's plight and reads no act; null otherwise. */
export function featureKind(title: string, folded: string): PieceKindResult | null {
  const match = STANDING.exec(folded);
  if (match === null) return null;
  if (!isEmptyFrame(readHeadline(title, '').frame)) return null;
  return { kind: 'analysis', cue: `headline "${match[0].trim()}" (a state, no act)` };
}
