import { maskBankAccount } from "./mask-bank-account.js";
import { maskEmail } from "./mask-email.js";
import { maskIdNumber } from "./mask-id-number.js";
import { maskPhoneNumber } from "./mask-phone-number.js";

// A number is only taken whole: never preceded or followed by another letter or digit (so hashes and codes are left alone).
const B = "(?<![0-9A-Za-z])";
const E = "(?![0-9A-Za-z])";
const DATE_MMDD = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

/** PRC resident ID, 18 characters: 6-digit area code, birth date YYYYMMDD, 3 digits, check digit or X. */
const RESIDENT_ID_18 = new RegExp(`${B}[1-9]\\d{5}(?:18|19|20)\\d{2}${DATE_MMDD}\\d{3}[\\dXx]${E}`, "g");
/** The older 15-digit resident ID: area code, birth date YYMMDD, 3 digits. */
const RESIDENT_ID_15 = new RegExp(`${B}[1-9]\\d{5}\\d{2}${DATE_MMDD}\\d{3}${E}`, "g");
/** A PRC mobile number, optionally with +86/0086, optionally grouped 3-4-4. */
const CN_MOBILE = new RegExp(`${B}(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}${E}`, "g");
/** 16–19 digits, optionally in groups of 4: a card number when it passes the Luhn check. */
const CARD_NUMBER = new RegExp(`${B}\\d{4}(?:[ -]?\\d{4}){3}(?:[ -]?\\d{1,3})?${E}`, "g");
/** 8–30 digits right after a word that says it is an account (账号, 卡号, account, …). */
const LABELLED_ACCOUNT = new RegExp(`(卡号|账号|帐号|账户|帐户|银行卡|收款账户|card(?:\\s*(?:no\\.?|number))?|account(?:\\s*(?:no\\.?|number))?|acct\\.?|iban)((?:[\\s:：#=]|为|是){0,4})(\\d(?:[ -]?\\d){7,29})${E}`, "gi");
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Masks personal data found by its shape in free text (explanations, notes, messages): PRC resident IDs (18 and
 * 15 digits, with a plausible birth date), PRC mobile numbers, card numbers of 16–19 digits that pass the Luhn
 * check, any 8–30 digit number right after a word naming an account (卡号, 账号, account, IBAN, …), and e-mail
 * addresses. Each is masked like its own kind (`maskIdNumber`, `maskPhoneNumber`, `maskBankAccount`, `maskEmail`).
 * A defence for text, not a parser: data under a known key is masked by `maskPersonalData` whatever its shape.
 * Masking twice changes nothing more.
 *
 * @param text - any text
 * @returns the text with those numbers masked
 * @example
 * maskPersonalDataInText("被保险人身份证号11010519491231002X，手机13812345678。")
 * //=> "被保险人身份证号110***********002X，手机138****5678。"
 */
export function maskPersonalDataInText(text: string): string {
  return text
    .replace(EMAIL, maskEmail)
    .replace(RESIDENT_ID_18, maskIdNumber)
    .replace(LABELLED_ACCOUNT, (_match, label: string, gap: string, digits: string) => `${label}${gap}${maskBankAccount(digits)}`)
    .replace(CARD_NUMBER, (match) => {
      const digits = match.replace(/[ -]/g, "");
      return digits.length >= 16 && digits.length <= 19 && passesLuhn(digits) ? maskBankAccount(match) : match;
    })
    .replace(RESIDENT_ID_15, maskIdNumber)
    .replace(CN_MOBILE, maskPhoneNumber);
}
