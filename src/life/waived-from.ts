import type { IsoDate } from "../dates/iso-date.js";

/** A waiver of premium the ledger records (豁免保险费): from which due date the premiums are waived, on which claim. */
export interface WaiverRecord {
  readonly from: IsoDate;
  readonly claimId: string;
}

/**
 * The earliest day premiums are waived from, over every coverage's counters (a waiver coverage records `waivers`):
 * premiums due from then are deemed paid. `undefined` when none is waived.
 */
export function waivedFrom(coverages: Readonly<Record<string, unknown>>): IsoDate | undefined {
  const days = Object.values(coverages).flatMap((entry) => {
    const waivers = typeof entry === "object" && entry !== null && "waivers" in entry ? (entry as { readonly waivers?: readonly WaiverRecord[] }).waivers : undefined;
    return (waivers ?? []).map((waiver) => waiver.from);
  });
  return days.sort()[0];
}
