import type { Issue, IssueCode } from "../errors/adjudicator-error.js";
import { DECIMAL_PATTERN, ID_PATTERN } from "../values/value-patterns.js";
import { isValidIsoDate, isWithinAcceptedYears, EARLIEST_YEAR, LATEST_YEAR } from "../dates/iso-date.js";

/** A JSON path, from the input's root. */
export type Path = readonly (string | number)[];

/**
 * The pre-check's validation at the edge, by hand: it reads a few fields of the policy, the rule set and the claim
 * draft, and checks each one it reads with the same rules as the library's schemas (identifiers, dates, amounts),
 * collecting every problem with its path instead of stopping at the first. Written without zod so that the browser
 * entry stays small; fields it does not read are not looked at (the full `createAdjudicator` checks them).
 */
export class InputReader {
  readonly issues: Issue[] = [];

  problem(path: Path, message: string, code: IssueCode = "invalid_input"): undefined {
    this.issues.push({ code, path, message });
    return undefined;
  }

  /** An object (not an array, not null), or a problem. */
  object(value: unknown, path: Path): Readonly<Record<string, unknown>> | undefined {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    return this.problem(path, `must be an object, got ${describe(value)}`);
  }

  /** An array, or `fallback` when absent (`undefined` to require it). */
  array(value: unknown, path: Path, fallback?: readonly unknown[]): readonly unknown[] | undefined {
    if (value === undefined && fallback !== undefined) return fallback;
    if (Array.isArray(value)) return value;
    return this.problem(path, value === undefined ? "is required: give a list" : `must be a list, got ${describe(value)}`);
  }

  /** A non-empty string. */
  text(value: unknown, path: Path): string | undefined {
    if (typeof value === "string" && value.length > 0) return value;
    return this.problem(path, value === undefined ? "is required" : typeof value === "string" ? "must not be empty" : `must be a string, got ${describe(value)}`);
  }

  /** An identifier a rule author types: letters, digits, `.`, `_`, `-` (as the library's `IdSchema`). */
  id(value: unknown, path: Path): string | undefined {
    const text = this.text(value, path);
    if (text === undefined) return undefined;
    if (ID_PATTERN.test(text)) return text;
    return this.problem(path, `"${text}" must be an identifier: letters, digits, '.', '_' or '-'`);
  }

  /** A calendar date `YYYY-MM-DD` between the years the library accepts. */
  date(value: unknown, path: Path): string | undefined {
    const text = this.text(value, path);
    if (text === undefined) return undefined;
    if (!isValidIsoDate(text)) return this.problem(path, `"${text}" must be a calendar date written YYYY-MM-DD, e.g. "2026-03-01"`);
    if (!isWithinAcceptedYears(text)) return this.problem(path, `"${text}" must be a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`);
    return text;
  }

  /** A non-negative decimal string of at most 15 significant digits (as the library's `MoneyStringSchema`). */
  money(value: unknown, path: Path, fallback?: string): string | undefined {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== "string") return this.problem(path, value === undefined ? 'is required: a decimal string such as "1234.50"' : 'must be a decimal string such as "1234.50" (not a JSON number)');
    if (!DECIMAL_PATTERN.test(value)) return this.problem(path, `"${value}" must be a non-negative decimal string such as "1234.50", without exponent or sign`);
    const [whole = "", fraction = ""] = value.split(".");
    const integer = whole.replace(/^0+/, "");
    const digits = integer === "" ? fraction.replace(/^0+/, "").length : integer.length + fraction.length;
    if (digits > 15) return this.problem(path, `"${value}" must have at most 15 significant digits, e.g. "9999999999999.99"`);
    return value;
  }

  /** A boolean, or `fallback` when absent (`undefined` to require it). */
  boolean(value: unknown, path: Path, fallback?: boolean): boolean | undefined {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === "boolean") return value;
    return this.problem(path, value === undefined ? "is required: true or false" : `must be true or false, got ${describe(value)}`);
  }

  /** One of `values`. */
  choice<const T extends string>(value: unknown, path: Path, values: readonly T[]): T | undefined {
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
    const list = values.map((item) => `"${item}"`).join(", ");
    return this.problem(path, value === undefined ? `is required: one of ${list}` : `must be one of ${list}, got ${describe(value)}`);
  }

  /** Text in Chinese and English, both non-empty. */
  localized(value: unknown, path: Path): { readonly zh: string; readonly en: string } | undefined {
    const object = this.object(value, path);
    if (object === undefined) return undefined;
    const zh = this.text(object["zh"], [...path, "zh"]);
    const en = this.text(object["en"], [...path, "en"]);
    return zh === undefined || en === undefined ? undefined : { zh, en };
  }
}

/** What a value is, for a message: `a number (12)`, `null`, `a list`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value === "number" ? "the number" : ""} ${String(value)}`.trim();
  return `a ${typeof value}`;
}
