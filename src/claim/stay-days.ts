import { daysBetween } from "../dates/iso-date.js";
import type { Claim } from "./claim-schema.js";

/** Days of a stay as the catalogue counts them: discharge − admission, at least 1 once admitted. */
export function stayDays(stay: NonNullable<Claim["hospitalStay"]>): number {
  return Math.max(1, daysBetween(stay.discharge, stay.admission));
}
