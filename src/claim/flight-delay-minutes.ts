import { differenceInMinutes, parseISO } from "date-fns";
import type { Flight } from "./claim-schema.js";

/** Minutes from the scheduled to the actual time (negative when early); the times carry their UTC offsets. */
export function flightDelayMinutes(flight: Flight, measure: "departure_delay" | "arrival_delay"): number {
  return measure === "departure_delay"
    ? differenceInMinutes(parseISO(flight.actualDeparture), parseISO(flight.scheduledDeparture))
    : differenceInMinutes(parseISO(flight.actualArrival), parseISO(flight.scheduledArrival));
}
