import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatAmount, formatDate, formatPercent, type Locale } from "../../src/text/format-amount.js";
import { formatCount, renderTemplate, TEMPLATE_PLACEHOLDER } from "../../src/text/render-template.js";

// Issue 15: renderTemplate splits each template once into text and placeholders (every step of every decision is
// filled from the same few hundred templates) instead of running the placeholder pattern over it each time. The
// reference below is how it filled templates before: one `replace` with the pattern. Same text out, always.
function referenceFill(text: string, params: Readonly<Record<string, unknown>>, currency: string, locale: Locale): string {
  return text.replace(TEMPLATE_PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params[`${name}.${locale}`] ?? params[name];
    if (value === undefined || value === null) return whole;
    const raw = Array.isArray(value) ? value.join(locale === "zh" ? "、" : ", ") : String(value);
    if (format === "money") return formatAmount(raw, currency, locale);
    if (format === "date") return formatDate(raw, locale);
    if (format === "percent") return formatPercent(raw);
    if (format === "days" || format === "times") return formatCount(raw, format, locale);
    return raw;
  });
}

const names = ["amount", "days", "limit", "x"] as const;
const piece = fc.oneof(
  fc.constantFrom("免赔额 ", "the limit of ", "{", "}", "{ amount }", "{amount:euro}", "$&", "$1", "", "：", "{1x}"),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom("", ":money", ":date", ":percent", ":days", ":times")).map(([name, format]) => `{${name}${format}}`),
);
const template = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
const value = fc.oneof(fc.constantFrom("1234.50", "0.6", "2026-03-01", "1", "3", "$&"), fc.constant(["甲", "乙"]), fc.constant(undefined), fc.constant(null));
const params = fc.record({ amount: value, days: value, limit: value, "x.en": value, "x.zh": value }, { requiredKeys: [] });

describe("renderTemplate", () => {
  propTest.prop([template, template, params], { numRuns: 1000 })("fills a template as one replace with the placeholder pattern does", (en, zh, values) => {
    expect(renderTemplate({ en, zh }, values, "CNY")).toEqual({ en: referenceFill(en, values, "CNY", "en"), zh: referenceFill(zh, values, "CNY", "zh") });
    // Filled again (from the split kept): the same.
    expect(renderTemplate({ en, zh }, values, "CNY")).toEqual({ en: referenceFill(en, values, "CNY", "en"), zh: referenceFill(zh, values, "CNY", "zh") });
  });
});
