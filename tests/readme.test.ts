import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { FACT_CATALOGUE, OPERATORS } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

test("the README publishes every fact of the catalogue with its type and meaning", () => {
  for (const fact of FACT_CATALOGUE) {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${fact.name}\` |`));
    expect(row, fact.name).toBeDefined();
    expect(row).toContain(fact.type);
    expect(row).toContain(fact.description.en);
    expect(row).toContain(fact.description.zh);
  }
});

test("the README names every operator", () => {
  for (const operator of OPERATORS) expect(readme).toContain(`\`${operator.name}\``);
});

test("the README's tables of facts, reason codes and adjustment kinds are those of the registries (npm run docs)", async () => {
  const { withReadmeTables } = await import("../scripts/readme-tables.js");
  expect(readme).toBe(withReadmeTables(readme));
});
