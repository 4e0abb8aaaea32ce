import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { folderCycles, folderEdges, readImportGraph } from "./import-graph.js";

/**
 * Issue 8: "CI fails on a folder import cycle". The check of import-graph.test.ts is the function tested here: on
 * graphs with a cycle it reports each one, so the test over src/ would fail on one.
 */
const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("folderCycles", () => {
  test.each([
    { name: "no edges", edges: {}, cycles: [] },
    { name: "a chain", edges: { intake: ["facts"], facts: ["rules"], rules: ["values"] }, cycles: [] },
    { name: "a diamond", edges: { a: ["b", "c"], b: ["d"], c: ["d"] }, cycles: [] },
    { name: "two folders importing each other", edges: { policies: ["explanation"], explanation: ["policies"] }, cycles: ["explanation → policies → explanation"] },
    { name: "three folders in a ring", edges: { rules: ["policies"], policies: ["schemas"], schemas: ["rules"] }, cycles: ["policies → schemas → rules → policies"] },
    {
      // The cycle the issue measured: schemas → policies (validate-claim-input), rules → policies (derive-facts), policies → explanation (make-adjustment) → policies.
      name: "the issue's seven folders",
      edges: { schemas: ["policies", "money"], rules: ["policies"], policies: ["explanation", "money", "dates"], explanation: ["policies", "deadlines"], deadlines: ["dates", "rules"], money: [], dates: [] },
      cycles: ["deadlines → rules → policies → explanation → deadlines", "explanation → policies → explanation"],
    },
    { name: "two separate cycles", edges: { a: ["b"], b: ["a"], c: ["d"], d: ["c"] }, cycles: ["a → b → a", "c → d → c"] },
  ])("$name", ({ edges, cycles }) => {
    expect(folderCycles(graph(edges))).toEqual(cycles);
  });
});

describe("the import graph read from files", () => {
  const root = mkdtempSync(join(tmpdir(), "claim-adjudicator-cycle-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  test("a type-only import and a dynamic import close a cycle as well as a plain one", () => {
    write("index.ts", `export { a } from "./alpha/a.js";\n`);
    write("alpha/a.ts", `import type { B } from "../beta/b.js";\nexport const a = (b: B) => b;\n`);
    write("beta/b.ts", `export type B = string;\nexport const load = () => import("../gamma/c.js");\n`);
    write("gamma/c.ts", `export { a } from "../alpha/a.js";\n`);
    write("gamma/d.ts", `import { load } from "../beta/b.js";\nexport const d = load;\n`);
    expect(folderCycles(folderEdges(readImportGraph(root)))).toEqual(["alpha → beta → gamma → alpha", "beta → gamma → beta"]);
  });
});
