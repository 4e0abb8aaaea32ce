import { countAlphanumerics, maskCharacters } from "./mask-characters.js";

/**
 * Masks a bank account or card number: **only the last 4 characters stay** (never more than a quarter of them);
 * the issuer prefix is hidden too. Spaces and hyphens are kept, so a grouped card number stays grouped.
 *
 * @param accountNumber - the number as written
 * @returns the masked number, same length
 * @example
 * maskBankAccount("6222 0212 3456 7890 128")
 * //=> "**** **** **** ***0 128"
 */
export function maskBankAccount(accountNumber: string): string {
  return maskCharacters(accountNumber, 0, Math.min(4, Math.floor(countAlphanumerics(accountNumber) / 4)));
}
