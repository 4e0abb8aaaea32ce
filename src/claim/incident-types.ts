/** The incident types a claim may have. */
export const INCIDENT_TYPES = ["illness", "accident", "flight_delay"] as const;

/** The kind of incident a claim is for: `illness`, `accident` or `flight_delay`. */
export type IncidentType = (typeof INCIDENT_TYPES)[number];
