import { StoreError } from "./store-error.js";

/**
 * Imports an optional peer dependency of `claim-adjudicator/store`, or throws a `StoreError` (`driver_missing`) that
 * says which package to install. The core never imports these, so it installs and runs without them.
 */
export async function loadOptionalModule<T>(name: "pg" | "@electric-sql/pglite" | "pg-boss", load: () => Promise<T>, path: readonly (string | number)[]): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new StoreError("driver_missing", path, `needs the optional package "${name}": npm install ${name}`, { cause: error });
    }
    throw error;
  }
}
