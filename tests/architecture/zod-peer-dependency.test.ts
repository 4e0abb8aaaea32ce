import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
// The consumer's own zod, imported the way an application imports it.
import { z } from "zod";
import { ClaimSchema, DecisionSchema, PolicySchema } from "../../src/index.js";

const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as Record<string, Record<string, string> | undefined>;
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), "utf8"));

// Issue 9: composing the exported schemas with a consumer's own zod threw `keyValidator._parse is not a function`
// when the package brought its own copy of zod beside the consumer's. zod's guidance for library authors: a peer
// dependency, so that npm gives both one copy (and refuses an incompatible one at install instead of at run time).
describe("zod is a peer dependency", () => {
  test("the manifest lists zod as a peer (and a dev dependency here), not as a dependency of its own", () => {
    expect(manifest["dependencies"]?.["zod"]).toBeUndefined();
    expect(manifest["peerDependencies"]?.["zod"]).toBe("^4.6.0");
    expect(manifest["peerDependenciesMeta"]?.["zod"]).toBeUndefined(); // required, not optional: the core needs it
    expect(manifest["devDependencies"]?.["zod"]).toMatch(/^\^4\./);
  });

  test("the installed zod is within the peer range", () => {
    const { version } = createRequire(import.meta.url)("zod/package.json") as { version: string };
    const [major, minor] = version.split(".").map(Number);
    expect(major).toBe(4);
    expect(minor).toBeGreaterThanOrEqual(6);
  });

  test("the exported schemas compose with the consumer's zod: a claim inside the consumer's own request schema", () => {
    const claim = readJson("medical/claims/07-pending-several-documents.json");
    const Request = z.object({ claim: ClaimSchema, channel: z.enum(["app", "web"]), policy: PolicySchema.optional() });
    const parsed = Request.parse({ claim, channel: "web" });
    expect(parsed.claim).toEqual(ClaimSchema.parse(claim));
    expect(parsed.claim.lines.map((line) => line.amount)).toEqual(["32000.00", "1100.00", "5400.00"]);

    // Problems come back under the consumer's path, with the library's words.
    const bad = Request.safeParse({ claim: { ...(claim as object), lines: [{ ...(claim as { lines: object[] }).lines[0], amount: "12,000.00" }] }, channel: "web" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["claim.lines.0.amount", 'must be a non-negative decimal string such as "1234.50", without exponent or sign']]);
  });

  test("and the other way round: the consumer's schemas inside the library's (extend, array, union)", () => {
    const Tagged = DecisionSchema.shape.outcome.or(z.literal("withdrawn"));
    expect(Tagged.parse("withdrawn")).toBe("withdrawn");
    expect(z.array(ClaimSchema.shape.incident).length(1).safeParse([]).success).toBe(false);
  });
});
