/**
 * The patterns of the input values, without zod: the zod schemas of `primitives.ts` and the browser pre-check's own
 * reader (which must not load zod) check the same strings.
 */

/** An identifier: letters, digits, `.`, `_` or `-`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A non-negative decimal string without exponent or sign ("1234.50"). */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/** An ICD-10 code: a letter, two characters, an optional `.suffix` ("K35.8"). */
export const ICD10_PATTERN = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
