import { formatMoney, sumMoney, toMoney } from "../money/money.js";
import type { Claim } from "./claim-schema.js";

/** One invoice of a claim as billed: what duplicate checks compare and the ledger keeps. */
export interface ClaimInvoice {
  /** The invoice number, as the bill lines give it. */
  readonly number: string;
  /** The invoice's date: the `issuedOn` of the submitted document with its number, else its latest service date. */
  readonly date: string;
  /** Σ of its bill lines (amounts in the policy's currency, already in its minor units), with `minorUnits` decimals. */
  readonly amount: string;
  /** The provider that issued it (the document's `issuer.id`), when the claim says. */
  readonly provider?: string;
  /** The bill lines on it, in the claim's order. */
  readonly lineIds: readonly string[];
}

/**
 * The claim's invoices, in the order their first line appears: each with its date, amount and provider.
 *
 * @example
 * claimInvoices(claim, 2).map((invoice) => [invoice.number, invoice.amount]) //=> [["11010026-0071588", "17330.80"]]
 */
export function claimInvoices(claim: Pick<Claim, "lines" | "documents">, minorUnits: number): ClaimInvoice[] {
  const byNumber = new Map<string, Claim["lines"][number][]>();
  for (const line of claim.lines) {
    const lines = byNumber.get(line.invoiceNumber);
    if (lines === undefined) byNumber.set(line.invoiceNumber, [line]);
    else lines.push(line);
  }
  return [...byNumber.entries()].map(([number, lines]) => {
    const document = claim.documents.find((entry) => entry.id === number);
    const latestService = lines.map((line) => line.serviceDate).sort().at(-1) as string;
    const provider = document?.issuer?.id;
    return {
      number,
      date: document?.issuedOn ?? latestService,
      amount: formatMoney(sumMoney(lines.map((line) => toMoney(line.amount))), minorUnits),
      ...(provider === undefined ? {} : { provider }),
      lineIds: lines.map((line) => line.id),
    };
  });
}
