import { contentHash } from "../hashing/content-hash.js";
import type { Claim } from "./claim-schema.js";

/**
 * The claim's `meta.claimHash`: SHA-256 of the validated claim (defaults filled in), without its `$schema`. That key
 * says where the claim's JSON schema is, for an editor; it is not part of the claim, so the same claim sent with and
 * without it is the same claim (a retry, not a new revision), as a store recording it also sees.
 */
export function claimContentHash(claim: Claim): string {
  if (claim.$schema === undefined) return contentHash(claim);
  const { $schema: _pointer, ...content } = claim;
  return contentHash(content);
}
