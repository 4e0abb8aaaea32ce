import type { LocalizedText } from "../values/primitives.js";

export type Locale = keyof LocalizedText;

/** `"1234567.50"` → `"1,234,567.50"`: grouping on the decimal string itself, never through a float. */
export function groupThousands(amount: string): string {
  // What `amount.split(".")` gives as its first two parts, without the array.
  const point = amount.indexOf(".");
  const whole = point < 0 ? amount : amount.slice(0, point);
  const next = point < 0 ? -1 : amount.indexOf(".", point + 1);
  const fraction = point < 0 ? undefined : next < 0 ? amount.slice(point + 1) : amount.slice(point + 1, next);
  const grouped = groupWhole(whole);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Commas every three digits from the right, as `whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")` puts them. */
function groupWhole(whole: string): string {
  const length = whole.length;
  if (length <= 3) return whole;
  const start = whole.charCodeAt(0) === 45 ? 1 : 0; // a minus sign
  for (let i = start; i < length; i++) {
    const code = whole.charCodeAt(i);
    // Anything but ASCII digits after the sign: the regular expression says where the commas go.
    if (code < 48 || code > 57) return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  const digits = length - start;
  if (digits <= 3) return whole;
  const head = start + (digits % 3 === 0 ? 3 : digits % 3);
  let out = whole.slice(0, head);
  for (let i = head; i < length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}

const symbols = new Map<string, string>();

/**
 * The currency's symbol as Chinese readers see it (`¥` for CNY, `US$` for USD), from the runtime's Intl data.
 * Remembered per currency: building an Intl formatter costs more than the rest of an explanation.
 */
function chineseSymbol(currency: string): string {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    const part = new Intl.NumberFormat("zh-CN", { style: "currency", currency, currencyDisplay: "symbol" }).formatToParts(0).find((entry) => entry.type === "currency");
    symbol = part?.value ?? `${currency} `;
    symbols.set(currency, symbol);
  }
  return symbol;
}

/**
 * Money as a notice shows it: `¥12,345.60` in Chinese, `CNY 12,345.60` in English. The digits come from the decimal
 * string itself (never a float); only the symbol comes from Intl.
 *
 * @example
 * formatAmount("12345.60", "CNY", "zh") //=> "¥12,345.60"
 * formatAmount("12345.60", "CNY") //=> "CNY 12,345.60"
 */
export function formatAmount(amount: string, currency: string, locale: Locale = "en"): string {
  return locale === "zh" ? `${chineseSymbol(currency)}${groupThousands(amount)}` : `${currency} ${groupThousands(amount)}`;
}

/** A rate as a percentage: `"0.6"` → `"60%"`, `"0.875"` → `"87.5%"`. */
export function formatPercent(rate: string): string {
  const [whole = "0", fraction = ""] = rate.split(".");
  const digits = `${whole}${fraction.padEnd(2, "0")}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(whole.length + 2).replace(/0+$/, "");
  return `${integer}${rest === "" ? "" : `.${rest}`}%`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An ISO date as a notice shows it: `2026年11月30日` in Chinese, `30 November 2026` in English.
 *
 * @example
 * formatDate("2026-03-01", "zh") //=> "2026年3月1日"
 */
export function formatDate(date: string, locale: Locale): string {
  const [year = "", month = "1", day = "1"] = date.split("-");
  return locale === "zh" ? `${year}年${Number(month)}月${Number(day)}日` : `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
