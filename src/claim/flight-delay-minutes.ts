import { differenceInMinutes, parseISO } from "date-fns";
import type { Flight } from "./claim-schema.js";

/** True when the delay is measured to the replacement flight the insured took (it gives its own actual times). */
export function measuredToReplacement(flight: Flight): boolean {
  return flight.replacement?.actualDeparture !== undefined && flight.replacement.actualArrival !== undefined;
}

/**
 * Minutes from the scheduled to the actual time (negative when early); the times carry their UTC offsets. With a
 * replacement flight that gives its own actual times, from the original flight's scheduled time to the replacement's
 * actual time (以替代航班的实际起飞/到达时间计算).
 */
export function flightDelayMinutes(flight: Flight, measure: "departure_delay" | "arrival_delay"): number {
  const taken = measuredToReplacement(flight) ? flight.replacement : flight;
  const [scheduled, actual] = measure === "departure_delay" ? [flight.scheduledDeparture, taken?.actualDeparture] : [flight.scheduledArrival, taken?.actualArrival];
  // The claim's schema requires the actual times of the flight taken; without them there is no delay to measure.
  if (actual === undefined) return 0;
  return differenceInMinutes(parseISO(actual), parseISO(scheduled));
}
