import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./sha256-hex.js";

export { sha256Hex } from "./sha256-hex.js";

/** SHA-256 of the canonical JSON (RFC 8785) of `value`, as `sha256:<hex>`. Key order and whitespace do not matter. */
export function contentHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
