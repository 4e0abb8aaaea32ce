export { compareRuleSets } from "./compare-rule-sets.js";
export type { WhatIfReport, WhatIfClaim, WhatIfInput, WhatIfUnreadable, ChangedClaim, WhatIfFailure, ResponsibleRule, WhatIfChange, CompareRuleSetsOptions } from "./compare-rule-sets.js";
export { parseClaimLines } from "./parse-claim-lines.js";
export type { ClaimLinesOptions } from "./parse-claim-lines.js";
export { formatWhatIfReport } from "./format-what-if-report.js";
