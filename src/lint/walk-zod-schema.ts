/** The schema walk moved to the core (`values/zod-schema-keys.ts`), where createAdjudicator's messages use it too. */
export { objectKeysAt, enumValuesAt } from "../values/zod-schema-keys.js";
