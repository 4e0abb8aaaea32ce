import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openPgliteDatabase } from "../../../src/store/open-pglite-database.js";
import { openPostgresDatabase } from "../../../src/store/open-postgres-database.js";
import type { StoreDatabase } from "../../../src/store/store-database.js";
import { POSTGRES_AVAILABLE, POSTGRES_REQUIRED, POSTGRES_SKIP_REASON, testPostgres, type TestPostgres } from "./throwaway-postgres.js";

export type TestDatabaseKind = "pglite" | "postgres";

/** A database for one test file, with a fresh schema per test (schemas are cheap; clusters and PGlite are not). */
export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  readonly database: StoreDatabase;
  /** The server's URL (PostgreSQL only), for worker processes. */
  readonly url: string | undefined;
  /** A schema name no other test uses. */
  newSchema(): string;
  close(): Promise<void>;
}

let counter = 0;

const cacheDir = new URL("../../../node_modules/.cache/claim-adjudicator-store-tests/", import.meta.url).pathname;
const pgliteVersion = (JSON.parse(readFileSync(new URL("../../../node_modules/@electric-sql/pglite/package.json", import.meta.url), "utf8")) as { version: string }).version;

/**
 * A fresh in-memory PGlite. Creating one runs initdb in WebAssembly (seconds); the first test run keeps the result as
 * a tarball in node_modules/.cache and later ones load it, several times faster.
 */
async function freshPglite(): Promise<StoreDatabase> {
  const template = join(cacheDir, `pglite-${pgliteVersion}.tar.gz`);
  if (existsSync(template)) return openPgliteDatabase({ loadDataDir: new Blob([readFileSync(template)]) });
  const database = await openPgliteDatabase();
  const dump = await database.pglite.dumpDataDir("gzip");
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${template}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, template);
  return database;
}


/** Opens the database of `kind`: an in-memory PGlite, or the test PostgreSQL server (see throwaway-postgres.ts). */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const schemas: string[] = [];
  const newSchema = () => {
    const schema = `t${process.pid}_${Date.now() % 100000}_${counter++}`;
    schemas.push(schema);
    return schema;
  };
  if (kind === "pglite") {
    const database = await freshPglite();
    return { kind, database, url: undefined, newSchema, close: () => database.close() };
  }
  const server: TestPostgres | undefined = await testPostgres();
  if (server === undefined) throw new Error(POSTGRES_SKIP_REASON);
  const database = await openPostgresDatabase({ connectionString: server.url, poolSize: 6 });
  return {
    kind,
    database,
    url: server.url,
    newSchema,
    async close() {
      // A server named by the environment is shared: leave it as it was found.
      if (server.origin === "environment") {
        for (const schema of schemas) await database.query(`DROP SCHEMA IF EXISTS "${schema}", "${schema}_queue" CASCADE`);
      }
      await database.close();
      await server.stop();
    },
  };
}

/** The kinds to run a suite on, each with a title saying whether and why it is skipped. */
export const TEST_DATABASE_KINDS: readonly { readonly kind: TestDatabaseKind; readonly title: string; readonly skip: boolean }[] = [
  { kind: "pglite", title: "on PGlite (embedded)", skip: false },
  {
    kind: "postgres",
    title: POSTGRES_AVAILABLE ? "on PostgreSQL" : POSTGRES_REQUIRED ? `on PostgreSQL (required here, and missing: ${POSTGRES_SKIP_REASON})` : `on PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`,
    // Required (CI) and missing: not skipped, so the suite's beforeAll fails with the reason.
    skip: !POSTGRES_AVAILABLE && !POSTGRES_REQUIRED,
  },
];
