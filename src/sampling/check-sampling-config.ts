import type { Issue } from "../errors/adjudicator-error.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { toMoney } from "../money/money.js";
import { duplicateIds } from "../risk/check-risk-config.js";
import type { SamplingConfig } from "./sampling-config-schema.js";

type Path = readonly (string | number)[];

/** Segment ids used twice, empty amount bands, amounts finer than the currency allows. */
export function checkSamplingConfig(config: SamplingConfig, at: Path, currency: { readonly code: string; readonly minorUnits: number }): Issue[] {
  const issues: Issue[] = [...duplicateIds(config.segments.map((segment) => segment.id), (i) => [...at, "segments", i, "id"], "segment")];
  config.segments.forEach((segment, i) => {
    const path = [...at, "segments", i, "when"];
    for (const [measure, atLeast, below] of [["payable", segment.when.payableAtLeast, segment.when.payableBelow], ["billed", segment.when.billedAtLeast, segment.when.billedBelow]] as const) {
      if (atLeast !== undefined) issues.push(...checkMinorUnits(atLeast, currency.minorUnits, [...path, `${measure}AtLeast`], currency.code));
      if (below !== undefined) issues.push(...checkMinorUnits(below, currency.minorUnits, [...path, `${measure}Below`], currency.code));
      if (atLeast !== undefined && below !== undefined && !toMoney(atLeast).lessThan(below)) {
        issues.push({ code: "invalid_input", path: [...path, `${measure}Below`], message: `the band from ${atLeast} to below ${below} holds no amount: ${measure}Below must be above ${measure}AtLeast` });
      }
    }
  });
  return issues;
}
