import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CLAIM_TRANSITIONS } from "../../src/lifecycle/claim-transitions.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

test("the README's table of the claim's life is CLAIM_TRANSITIONS", () => {
  const rows = readme.split("\n").filter((line) => /^\| `[a-z_]+` \| .* \| .* \| `[a-z_]+` \|$/.test(line));
  const documented = Object.fromEntries(
    rows.flatMap((row) => {
      const cells = row.split(" | ").map((cell) => cell.replace(/^\| |\s\|$/g, ""));
      const [event, , from, to] = cells;
      if (event === undefined || from === undefined || to === undefined) return [];
      const name = event.replaceAll("`", "");
      if (!(name in CLAIM_TRANSITIONS)) return [];
      return [[name, { from: from.split(", ").map((state) => state.replaceAll("`", "")), to: to.replaceAll("`", "") }]];
    }),
  );
  const table = Object.fromEntries(Object.entries(CLAIM_TRANSITIONS).map(([type, { from, to }]) => [type, { from: [...from], to }]));
  expect(documented).toEqual(table);
});
