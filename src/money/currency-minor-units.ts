const SUPPORTED: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Whether `code` is an ISO 4217 currency the runtime knows (`CNY`, `JPY`, `USD`, …). */
export function isKnownCurrency(code: string): boolean {
  return SUPPORTED.has(code);
}

/**
 * The currency's minor units under ISO 4217, from the runtime's Intl data: CNY 2, JPY 0, KWD 3.
 * Intl is the maintained source of this table; nothing here hard-codes it.
 */
export function currencyMinorUnits(code: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}
