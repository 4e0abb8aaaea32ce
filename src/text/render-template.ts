import type { LocalizedText } from "../values/primitives.js";
import { formatAmount, formatDate, formatPercent, type Locale } from "./format-amount.js";

/** `{name}`, or `{name:money}`, `{name:date}`, `{name:percent}` for a value to format in the reader's language. */
export const TEMPLATE_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::(money|date|percent))?\}/g;

/** The parameter names a template uses, with the format each asks for. */
export function templateParameters(template: string): { name: string; format: "money" | "date" | "percent" | undefined }[] {
  return [...template.matchAll(TEMPLATE_PLACEHOLDER)].map((match) => ({ name: match[1] as string, format: match[2] as "money" | "date" | "percent" | undefined }));
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
  const fill = (text: string, locale: Locale) =>
    text.replace(TEMPLATE_PLACEHOLDER, (whole, name: string, format: string | undefined) => {
      // A figure in words may come in both languages: `name.en` and `name.zh` before `name`.
      const value = params[`${name}.${locale}`] ?? params[name];
      if (value === undefined || value === null) return whole;
      const raw = Array.isArray(value) ? value.join(locale === "zh" ? "、" : ", ") : String(value);
      if (format === "money") return formatAmount(raw, currency, locale);
      if (format === "date") return formatDate(raw, locale);
      if (format === "percent") return formatPercent(raw);
      return raw;
    });
  return { en: fill(template.en, "en"), zh: fill(template.zh, "zh") };
}
