import { z } from "zod";
import { DECIMAL_PATTERN, ICD10_PATTERN, ID_PATTERN } from "./value-patterns.js";

/** An identifier a rule author types: letters, digits, `.`, `_`, `-`. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: "must be an identifier: letters, digits, '.', '_' or '-'" });

/**
 * The most significant digits an amount, a ratio or a rate may have: FHIR decimals (and so every claims system
 * the decision is exported to) carry 15, and the calculation's precision (`Dec`) is set so that no product of such
 * figures is ever rounded before its named rounding step.
 */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Digits of a plain decimal string from its first non-zero digit, trailing zeros included: `"5000.00"` has 6. */
export function significantDigits(decimal: string): number {
  // Counted in place (every amount of every claim passes here): the whole part is what comes before the first ".",
  // the fraction what comes between it and a second "." if any; leading zeros of the whole part, and of the fraction
  // when the whole part is zero, do not count.
  const dot = decimal.indexOf(".");
  const wholeEnd = dot === -1 ? decimal.length : dot;
  const fractionStart = dot === -1 ? decimal.length : dot + 1;
  const secondDot = dot === -1 ? -1 : decimal.indexOf(".", fractionStart);
  const fractionEnd = secondDot === -1 ? decimal.length : secondDot;
  let i = 0;
  while (i < wholeEnd && decimal.charCodeAt(i) === 48) i++;
  if (i < wholeEnd) return wholeEnd - i + (fractionEnd - fractionStart);
  let j = fractionStart;
  while (j < fractionEnd && decimal.charCodeAt(j) === 48) j++;
  return fractionEnd - j;
}

const fitsDigits = (decimal: string): boolean => significantDigits(decimal) <= MAX_SIGNIFICANT_DIGITS;

/** A non-negative amount as a decimal string, e.g. `"1234.50"`, of at most 15 significant digits. Never a JSON number (floats drift). */
export const MoneyStringSchema = z
  .string({ error: 'must be a decimal string such as "1234.50" (not a JSON number)' })
  .regex(DECIMAL_PATTERN, { error: 'must be a non-negative decimal string such as "1234.50", without exponent or sign', abort: true })
  .refine(fitsDigits, { error: `must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits, e.g. "9999999999999.99"` });

/** A rate between 0 and 1 as a decimal string, e.g. `"0.6"` for 60%, of at most 15 significant digits. */
export const RateStringSchema = z
  .string({ error: 'must be a decimal string between "0" and "1", e.g. "0.6" for 60%' })
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'must be a decimal string between "0" and "1", e.g. "0.6" for 60%', abort: true })
  .refine(fitsDigits, { error: `must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits, e.g. "0.333333333333333"` });

/** Text in both working languages; both are required, Chinese and English are first-class. */
export const LocalizedTextSchema = z.strictObject({
  zh: z.string().min(1, { error: "Chinese text must not be empty" }),
  en: z.string().min(1, { error: "English text must not be empty" }),
});
/** Text in both working languages: `zh` and `en`, both required. */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** ICD-10 code, e.g. `K35.8`, `S82.1`, `Z41.1`. */
export const Icd10CodeSchema = z
  .string()
  .regex(ICD10_PATTERN, { error: "must be an ICD-10 code such as K35.8 (letter, two characters, optional .suffix)" });

