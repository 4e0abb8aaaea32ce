import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";
import { folderCycles, folderEdges, readImportGraph } from "./import-graph.js";

/**
 * The layering of src/, checked on the real import graph (every `import`, `export … from` and `import()`, type-only
 * ones included): no two folders import each other, directly or through others, and nothing the core entry reaches
 * is an adapter.
 */
const root = resolve(dirname(new URL(import.meta.url).pathname), "../../src");
const ADAPTERS = new Set(["fhir", "analytics", "many", "store", "audit", "lint", "what-if", "testing", "json-schema", "cli", "precheck"]);

const graph = readImportGraph(root);
const { files, imports, folderOf } = graph;

test("every relative import resolves to a file of src/", () => {
  const known = new Set(files);
  const missing = [...imports].flatMap(([file, targets]) => targets.filter((target) => !known.has(target)).map((target) => `${relative(root, file)} → ${relative(root, target)}`));
  expect(missing).toEqual([]);
});

test("no import cycle between folders", () => {
  expect(folderCycles(folderEdges(graph))).toEqual([]);
});

test("the core never reaches an adapter", () => {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const target of imports.get(file) ?? []) visit(target);
  };
  visit(join(root, "index.ts"));
  const adapters = [...reached].filter((file) => ADAPTERS.has(folderOf(file))).map((file) => relative(root, file));
  expect(adapters).toEqual([]);
});

test("the core never reaches Node.js or the command line's dependencies", () => {
  const reached = new Set<string>();
  const nonRelative = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const entry of importedFiles) if (!entry.fileName.startsWith(".")) nonRelative.add(entry.fileName.split("/")[0] === "@noble" ? "@noble/hashes" : (entry.fileName.split("/")[0] as string));
    for (const target of imports.get(file) ?? []) visit(target);
  };
  visit(join(root, "index.ts"));
  expect([...nonRelative].sort()).toEqual(["@noble/hashes", "date-fns", "decimal.js", "fastest-levenshtein", "zod"]);
});

test("ARCHITECTURE.md names every folder of src/ and no folder that does not exist", () => {
  const architecture = readFileSync(resolve(root, "../ARCHITECTURE.md"), "utf8");
  const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const named = new Set([...architecture.matchAll(/`([a-z-]+)\/`/g)].map((match) => match[1] as string));
  const kinds = readdirSync(join(root, "coverage-kinds"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.filter((folder) => !named.has(folder))).toEqual([]);
  expect([...named].filter((name) => !folders.includes(name) && !kinds.includes(name))).toEqual([]);
});

test("no file outside coverage-kinds/ names a kind of the library: what is about a kind is in its folder", async () => {
  const { COVERAGE_KINDS } = await import("../../src/index.js");
  const kinds = new Set<string>(COVERAGE_KINDS);
  const named = files
    .filter((file) => folderOf(file) !== "coverage-kinds")
    .flatMap((file) => {
      // String literals only (comments and identifiers are not the code's knowledge of a kind).
      const text = readFileSync(file, "utf8");
      if (![...kinds].some((kind) => text.includes(kind))) return [];
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
      const found: string[] = [];
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if ((token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) && kinds.has(scanner.getTokenValue())) found.push(`${relative(root, file)}: "${scanner.getTokenValue()}"`);
      }
      return found;
    });
  expect(named).toEqual([]);
}, 30_000);

test("no file reads the calculation trace back by a step's kind or an input's name (the terms a coverage applied are in decision.coverages[].terms)", () => {
  const reading = /\.step\s*(===|!==|==|!=)|\.inputs\[|\.inputs\.[A-Za-z_]|\bswitch\s*\(\s*[\w.]+\.step\s*\)/;
  const found = files.filter((file) => reading.test(readFileSync(file, "utf8").replace(/^\s*(\/\/|\*).*$/gm, ""))).map((file) => relative(root, file));
  expect(found).toEqual([]);
});
