/**
 * How a person is related to the insured (a claimant to the insured person, an insured to the main insured of a
 * family plan): 本人、配偶、子女、父母、其他. One list for the claim, the policy and the facts that read them.
 */
export const RELATIONSHIPS = ["self", "spouse", "child", "parent", "other"] as const;
/** One of {@link RELATIONSHIPS}. */
export type Relationship = (typeof RELATIONSHIPS)[number];
