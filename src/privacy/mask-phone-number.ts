import { countAlphanumerics, maskCharacters } from "./mask-characters.js";

/** A PRC mobile number, also when already masked (`138****5678`). */
const CN_MOBILE = /^((?:\+|00)?86[ -]?)?(1[3-9]\d(?:[ -]?[\d*]){8})$/;

/**
 * Masks a phone number. A PRC mobile number keeps **the first 3 and the last 4 digits** (`138****5678`, the usual
 * display), and a `+86`/`0086` prefix stays; any other number keeps only its last 4 digits, at most a third of them.
 * Spaces and hyphens are kept.
 *
 * @param phoneNumber - the number as written
 * @returns the masked number, same length
 * @example
 * maskPhoneNumber("+86 138-1234-5678")
 * //=> "+86 138-****-5678"
 */
export function maskPhoneNumber(phoneNumber: string): string {
  const mobile = CN_MOBILE.exec(phoneNumber);
  if (mobile !== null) return `${mobile[1] ?? ""}${maskCharacters(mobile[2] ?? "", 3, 4)}`;
  return maskCharacters(phoneNumber, 0, Math.min(4, Math.floor(countAlphanumerics(phoneNumber) / 3)));
}
