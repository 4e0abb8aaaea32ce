export const INCIDENT_TYPES = ["illness", "accident", "flight_delay"] as const;

export type IncidentType = (typeof INCIDENT_TYPES)[number];
