import { closest, distance } from "fastest-levenshtein";

/**
 * The known name closest to a misspelt one, when it is close enough to be what the author meant.
 * @param name - what the author wrote
 * @param candidates - the names that exist
 * @returns the nearest candidate within a few edits, or `undefined`
 * @example
 * suggestName("incidentTyp", ["incidentType", "incidentDate"]); //=> "incidentType"
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const nearest = closest(name, candidates as string[]);
  const lowerMatch = candidates.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (lowerMatch !== undefined) return lowerMatch;
  if (distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3))) return nearest;
  // A stem of the right word ("deny" for "denied"): the one candidate that shares its first letters.
  const stem = name.slice(0, Math.max(3, name.length - 1)).toLowerCase();
  const sharing = candidates.filter((candidate) => candidate.toLowerCase().startsWith(stem));
  return name.length >= 3 && sharing.length === 1 ? sharing[0] : undefined;
}

/** ` Did you mean "x"?`, or an empty string when nothing is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const nearest = suggestName(name, candidates);
  return nearest === undefined ? "" : ` Did you mean "${nearest}"?`;
}
