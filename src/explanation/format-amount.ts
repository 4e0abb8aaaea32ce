/** `"1234567.50"` → `"1,234,567.50"`: grouping on the decimal string itself, never through a float. */
export function groupThousands(amount: string): string {
  const [whole = "0", fraction] = amount.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** `CNY 1,234.50`: the currency code first, as on a settlement notice. */
export function formatAmount(amount: string, currency: string): string {
  return `${currency} ${groupThousands(amount)}`;
}

/** A rate as a percentage: `"0.6"` → `"60%"`, `"0.875"` → `"87.5%"`. */
export function formatPercent(rate: string): string {
  const [whole = "0", fraction = ""] = rate.split(".");
  const digits = `${whole}${fraction.padEnd(2, "0")}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(whole.length + 2).replace(/0+$/, "");
  return `${integer}${rest === "" ? "" : `.${rest}`}%`;
}
