/** What a decision can decide, from paying in full to asking for documents. */
export const OUTCOMES = ["approved", "partially_approved", "denied", "pending_documents", "referred"] as const;
/** A decision's outcome: `approved`, `partially_approved`, `denied`, `pending_documents` or `referred`. */
export type Outcome = (typeof OUTCOMES)[number];
