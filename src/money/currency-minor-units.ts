const SUPPORTED: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Minor units per currency, remembered: building an Intl formatter costs more than validating the rest of a claim. */
const MINOR_UNITS = new Map<string, number>();

/** Whether `code` is an ISO 4217 currency the runtime knows (`CNY`, `JPY`, `USD`, …). */
export function isKnownCurrency(code: string): boolean {
  return SUPPORTED.has(code);
}

/**
 * The currency's minor units under ISO 4217, from the runtime's Intl data: CNY 2, JPY 0, KWD 3.
 * Intl is the maintained source of this table; nothing here hard-codes it.
 */
export function currencyMinorUnits(code: string): number {
  let units = MINOR_UNITS.get(code);
  if (units === undefined) {
    units = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    // Only codes the runtime knows are remembered, so the table stays as small as Intl's list of currencies.
    if (SUPPORTED.has(code)) MINOR_UNITS.set(code, units);
  }
  return units;
}
