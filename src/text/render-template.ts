import type { LocalizedText } from "../values/primitives.js";
import { formatAmount, formatDate, formatPercent, type Locale } from "./format-amount.js";

/**
 * `{name}`, or `{name:money}`, `{name:date}`, `{name:percent}` for a value to format in the reader's language, and
 * `{name:days}`, `{name:times}` for a count with its unit ("1 day", "3 days", "once", "3 times"; "3 日", "3 次").
 */
export const TEMPLATE_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::(money|date|percent|days|times))?\}/g;

type TemplateFormat = "money" | "date" | "percent" | "days" | "times";

/** A count with its unit, singular or plural as the language wants: never "day(s)". */
export function formatCount(count: string, unit: "days" | "times", locale: Locale): string {
  if (locale === "zh") return `${count} ${unit === "days" ? "日" : "次"}`;
  if (unit === "days") return count === "1" ? "1 day" : `${count} days`;
  return count === "1" ? "once" : count === "2" ? "twice" : `${count} times`;
}

/** The parameter names a template uses, with the format each asks for. */
export function templateParameters(template: string): { name: string; format: TemplateFormat | undefined }[] {
  return [...template.matchAll(TEMPLATE_PLACEHOLDER)].map((match) => ({ name: match[1] as string, format: match[2] as TemplateFormat | undefined }));
}

/**
 * Fills a message template in both languages. Values are the raw figures (decimal strings, ISO dates, numbers);
 * money is shown with the currency as the language writes it. A placeholder without a value stays as written, so a
 * missing figure shows rather than vanishing.
 *
 * @example
 * renderTemplate({ en: "within the {waitingDays}-day waiting period", zh: "处于 {waitingDays} 日等待期内" }, { waitingDays: "30" }, "CNY").en
 * //=> "within the 30-day waiting period"
 */
export function renderTemplate(template: LocalizedText, params: Readonly<Record<string, unknown>>, currency: string): LocalizedText {
  return { en: fillTemplate(template.en, "en", params, currency), zh: fillTemplate(template.zh, "zh", params, currency) };
}

/** One language of `renderTemplate`: a module function, not a closure made anew for every template filled. */
function fillTemplate(text: string, locale: Locale, params: Readonly<Record<string, unknown>>, currency: string): string {
  const parts = templateParts(text);
  if (parts.length === 1) return text;
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string | Placeholder;
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const { whole, name, format } = part;
    // A figure in words may come in both languages: `name.en` and `name.zh` before `name`.
    const value = params[locale === "en" ? part.enKey : part.zhKey] ?? params[name];
    if (value === undefined || value === null) out += whole;
    else {
      const raw = Array.isArray(value) ? value.join(locale === "zh" ? "、" : ", ") : String(value);
      if (format === "money") out += formatAmount(raw, currency, locale);
      else if (format === "date") out += formatDate(raw, locale);
      else if (format === "percent") out += formatPercent(raw);
      else if (format === "days" || format === "times") out += formatCount(raw, format, locale);
      else out += raw;
    }
  }
  return out;
}

interface Placeholder {
  readonly whole: string;
  readonly name: string;
  readonly format: TemplateFormat | undefined;
  /** `name.en` and `name.zh`, the keys of a figure given in both languages, written once. */
  readonly enKey: string;
  readonly zhKey: string;
}

/** Templates split once into text and placeholders (the same few hundred templates fill every decision's steps). */
const PARTS = new Map<string, readonly (string | Placeholder)[]>();
const MAX_CACHED_TEMPLATES = 10_000;

/** A template as text and placeholders, in order: what `text.replace(TEMPLATE_PLACEHOLDER, …)` would visit. */
function templateParts(text: string): readonly (string | Placeholder)[] {
  const cached = PARTS.get(text);
  if (cached !== undefined) return cached;
  const parts: (string | Placeholder)[] = [];
  let at = 0;
  for (const match of text.matchAll(TEMPLATE_PLACEHOLDER)) {
    parts.push(text.slice(at, match.index));
    const name = match[1] as string;
    parts.push({ whole: match[0], name, format: match[2] as TemplateFormat | undefined, enKey: `${name}.en`, zhKey: `${name}.zh` });
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  // A bounded memo: templates written per claim (never the case in the library) cannot grow it without end.
  if (PARTS.size >= MAX_CACHED_TEMPLATES) PARTS.clear();
  PARTS.set(text, parts);
  return parts;
}
