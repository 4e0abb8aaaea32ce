import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { migrateStore, migrationChecksum } from "../../src/store/migrate-store.js";
import { isStoreError } from "../../src/store/store-error.js";
import { STORE_MIGRATIONS } from "../../src/store/store-migrations.js";
import { quoteSchemaName } from "../../src/store/store-schema-name.js";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "./support/test-databases.js";

const LATEST = Math.max(...STORE_MIGRATIONS.map((migration) => migration.version));

describe("migrations as shipped", () => {
  test("are numbered 1, 2, … without gaps, each with a name and statements", () => {
    expect(STORE_MIGRATIONS.map((migration) => migration.version)).toEqual(STORE_MIGRATIONS.map((_, i) => i + 1));
    for (const migration of STORE_MIGRATIONS) expect(migration.name.length * migration.statements.length).toBeGreaterThan(0);
  });

  const names = [
    { schema: "claim_adjudicator", ok: true },
    { schema: "_claims_2", ok: true },
    { schema: "Claims", ok: false },
    { schema: 'x"; DROP SCHEMA public; --', ok: false },
    { schema: "", ok: false },
    { schema: "a".repeat(49), ok: false },
  ];
  test.each(names)("schema name $schema accepted: $ok", ({ schema, ok }) => {
    const attempt = () => quoteSchemaName(schema);
    if (ok) expect(attempt()).toBe(`"${schema}"`);
    else expect(attempt).toThrow(expect.objectContaining({ code: "invalid_store_option" }));
  });
});

describe.each(TEST_DATABASE_KINDS)("migrateStore $title", ({ kind, skip }) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    if (!skip) testDb = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await testDb?.close();
  }, 60_000);

  test.skipIf(skip)("applies every migration once; running again applies nothing", async () => {
    const schema = testDb.newSchema();
    expect(await migrateStore(testDb.database, { schema })).toEqual({ applied: STORE_MIGRATIONS.map((migration) => migration.version), version: LATEST });
    expect(await migrateStore(testDb.database, { schema })).toEqual({ applied: [], version: LATEST });
    const { rows } = await testDb.database.query<{ version: number; checksum: string }>(`SELECT version, checksum FROM "${schema}".schema_migrations ORDER BY version`);
    expect(rows).toEqual(STORE_MIGRATIONS.map((migration) => ({ version: migration.version, checksum: migrationChecksum(migration) })));
  });

  test.skipIf(skip)("several processes migrating at once: each migration is applied exactly once", async () => {
    const schema = testDb.newSchema();
    const reports = await Promise.all([1, 2, 3].map(() => migrateStore(testDb.database, { schema })));
    expect(reports.flatMap((report) => report.applied).sort()).toEqual(STORE_MIGRATIONS.map((migration) => migration.version));
    expect(reports.every((report) => report.version === LATEST)).toBe(true);
  });

  test.skipIf(skip)("a later package's migrations are applied on top of the earlier ones", async () => {
    const schema = testDb.newSchema();
    await migrateStore(testDb.database, { schema, migrations: STORE_MIGRATIONS.slice(0, 1) });
    expect(await migrateStore(testDb.database, { schema })).toEqual({ applied: STORE_MIGRATIONS.slice(1).map((migration) => migration.version), version: LATEST });
  });

  test.skipIf(skip)("refuses a database whose applied migration differs from the shipped one", async () => {
    const schema = testDb.newSchema();
    const edited = STORE_MIGRATIONS.map((migration, i) => (i === 0 ? { ...migration, statements: [...migration.statements, "SELECT 1"] } : migration));
    await migrateStore(testDb.database, { schema, migrations: edited });
    const error = await migrateStore(testDb.database, { schema }).catch((caught: unknown) => caught);
    expect(isStoreError(error, "migration_mismatch")).toBe(true);
  });

  test.skipIf(skip)("refuses a database migrated by a newer package", async () => {
    const schema = testDb.newSchema();
    await migrateStore(testDb.database, { schema, migrations: [...STORE_MIGRATIONS, { version: LATEST + 1, name: "from the future", statements: ["SELECT 1"] }] });
    const error = await migrateStore(testDb.database, { schema }).catch((caught: unknown) => caught);
    expect(isStoreError(error, "schema_too_new")).toBe(true);
    expect((error as Error).message).toContain(`migration ${LATEST + 1}`);
  });
});
