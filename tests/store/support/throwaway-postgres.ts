import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The environment variable naming the PostgreSQL server the store tests use (`.ci/run` sets it). A dedicated name,
 * never DATABASE_URL: the tests create and drop schemas, and must not be pointed at a real database by accident.
 */
export const TEST_DATABASE_URL_VARIABLE = "CLAIM_ADJUDICATOR_TEST_PG_URL";

export interface TestPostgres {
  readonly url: string;
  /** Where it came from, for the test names: the variable, or a cluster started here. */
  readonly origin: "environment" | "throwaway";
  stop(): Promise<void>;
}

/** The newest Debian PostgreSQL's bin folder (/usr/lib/postgresql/<version>/bin), if one is installed. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest === undefined ? undefined : join(root, newest, "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a PostgreSQL cluster of its own in a temporary folder, on a free local port, with durability off (a test
 * database): initdb and pg_ctl as the `postgres` user when running as root (PostgreSQL refuses root), as the
 * current user otherwise. `undefined` when no PostgreSQL binaries are installed.
 */
export async function startThrowawayPostgres(): Promise<TestPostgres | undefined> {
  const bin = findPostgresBin();
  if (bin === undefined) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "claim-store-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: readonly string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]] : [join(bin, command), [...args]];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run("pg_ctl", ["-D", data, "-o", settings, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, origin: "throwaway", stop: async () => stop() };
}

/**
 * The PostgreSQL server for the store tests: the one `CLAIM_ADJUDICATOR_TEST_PG_URL` names, or a throwaway cluster
 * when the Debian binaries are installed, or `undefined` (the PostgreSQL tests then skip, saying why).
 */
export async function testPostgres(): Promise<TestPostgres | undefined> {
  const url = process.env[TEST_DATABASE_URL_VARIABLE];
  if (url !== undefined && url !== "") return { url, origin: "environment", stop: async () => undefined };
  return startThrowawayPostgres();
}

/** Why the PostgreSQL tests are skipped on this machine. */
export const POSTGRES_SKIP_REASON = `no PostgreSQL: set ${TEST_DATABASE_URL_VARIABLE}=postgres://… or install the server (apt-get install postgresql) so the tests start a throwaway cluster`;

/**
 * Set to 1 (as `.ci/run` does) to make a missing PostgreSQL fail the PostgreSQL tests instead of skipping them: CI must
 * never pass by skipping the store's tests on a real server. `CI` alone does not require it, so that `npm ci && npm
 * test` passes on any fresh machine, a CI runner without PostgreSQL included (the README's promise).
 */
export const TEST_DATABASE_REQUIRED_VARIABLE = "CLAIM_ADJUDICATOR_TEST_PG_REQUIRED";

/** Whether the PostgreSQL tests run, skip or fail in an environment: a pure function of the environment and the binaries found. */
export function postgresTestPlan(
  env: Readonly<Record<string, string | undefined>>,
  postgresBinFound: boolean,
): { readonly available: boolean; readonly required: boolean; readonly skip: boolean } {
  const available = (env[TEST_DATABASE_URL_VARIABLE] ?? "") !== "" || postgresBinFound;
  const required = env[TEST_DATABASE_REQUIRED_VARIABLE] === "1";
  return { available, required, skip: !available && !required };
}

const plan = postgresTestPlan(process.env, findPostgresBin() !== undefined);

/** True when a PostgreSQL server can be had (the variable is set, or the binaries are installed): decided before the tests are collected. */
export const POSTGRES_AVAILABLE = plan.available;

/** True when the PostgreSQL tests must run here (CI): without a server they fail, saying why, instead of skipping. */
export const POSTGRES_REQUIRED = plan.required;
