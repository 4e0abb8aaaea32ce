import { PassThrough } from "node:stream";
import { describe, expect, test, vi } from "vitest";
import { StoreError } from "../../../src/store/store-error.js";

// The optional drivers are installed in this repository: the store's opener is replaced by one that finds the
// package missing, as in a project that installed claim-adjudicator without them.
const missing = vi.hoisted(() => ({ name: "@electric-sql/pglite", path: ["options", "dataDir"] as (string | number)[] }));
vi.mock("../../../src/store/open-store-database.js", async (original) => ({
  ...(await original<typeof import("../../../src/store/open-store-database.js")>()),
  openStoreDatabase: async () => {
    throw new StoreError("driver_missing", missing.path, `needs the optional package "${missing.name}": npm install ${missing.name}`);
  },
}));

const { batchCommand } = await import("../../../src/cli/commands/batch-command.js");

function io() {
  const stderr = new PassThrough();
  let text = "";
  stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return { io: { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} }, stderr: () => text };
}

const examples = new URL("../../../examples/medical/", import.meta.url).pathname;

describe("claim-adjudicator batch without the optional driver", () => {
  // Measured (audit of issue 11): the packed package without @electric-sql/pglite printed
  // "error: options.dataDir: needs the optional package …", the API's path, not the option the user typed.
  test.each([
    { name: "@electric-sql/pglite", store: "./claims-db", path: ["options", "dataDir"], line: 'error: --store ./claims-db: needs the optional package "@electric-sql/pglite": npm install @electric-sql/pglite [driver_missing]' },
    { name: "pg", store: "postgres://claims:secret@db/claims", path: ["options", "connectionString"], line: 'error: --store postgres://claims:***@db/claims: needs the optional package "pg": npm install pg [driver_missing]' },
  ])("$name: names --store (password hidden) and the package to install; exit 2", async ({ name, store, path, line }) => {
    Object.assign(missing, { name, path });
    const run = io();
    const code = await batchCommand(run.io as never, `${examples}claims/02-deductible-partly-reached.json`, { store, policy: [`${examples}policy.json`], rules: `${examples}rules.json` });
    expect(code).toBe(2);
    expect(run.stderr()).toBe(`${line}\n`);
  });
});
