import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { LIBRARY_ENTRIES } from "../../tsup.config.js";

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")) as Record<string, unknown>;

// One list of entry points, in three places: the build (tsup.config.ts), the manifest's `exports`, the API reference.
test("every entry point is built, exported and documented", () => {
  const subpaths = Object.keys(LIBRARY_ENTRIES).map((name) => (name === "index" ? "." : `./${name}`));
  const exported = Object.keys(read("package.json")["exports"] as object).filter((key) => !key.includes("*") && key !== "./package.json");
  expect(exported.sort()).toEqual(subpaths.sort());
  expect([...(read("typedoc.json")["entryPoints"] as string[])].sort()).toEqual(Object.values(LIBRARY_ENTRIES).sort());
});

test("the README's table of entry points names every subpath of the package", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const table = readme.slice(readme.indexOf("## Entry points"), readme.indexOf("\n## ", readme.indexOf("## Entry points") + 1));
  const listed = [...table.matchAll(/^\| `(claim-adjudicator(?:\/[a-z-]+)?)` \|/gm)].map((match) => (match[1] === "claim-adjudicator" ? "." : `./${(match[1] as string).split("/")[1]}`));
  expect(listed.sort()).toEqual(Object.keys(LIBRARY_ENTRIES).map((name) => (name === "index" ? "." : `./${name}`)).sort());
});
