/** "Did you mean" moved to the core (`values/suggest-name.ts`), where createAdjudicator's messages use it too. */
export { suggestName, didYouMean } from "../values/suggest-name.js";
