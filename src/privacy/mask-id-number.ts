import { countAlphanumerics, maskCharacters } from "./mask-characters.js";

/**
 * Masks an identity number: **the first 3 and the last 4 characters stay, each end never more than a quarter of
 * the characters**. A PRC resident ID (18 characters) keeps its province and city code (3 digits) and its last 4
 * (the digits people quote to confirm it, 尾号), and hides the county code and the birth date (digits 4–14).
 * A 15-digit ID keeps 3 and 3, a 9-character passport 2 and 2. Spaces and hyphens are kept.
 *
 * @param idNumber - the number as written
 * @returns the masked number, same length
 * @example
 * maskIdNumber("11010519491231002X")
 * //=> "110***********002X"
 */
export function maskIdNumber(idNumber: string): string {
  const quarter = Math.floor(countAlphanumerics(idNumber) / 4);
  return maskCharacters(idNumber, Math.min(3, quarter), Math.min(4, quarter));
}
