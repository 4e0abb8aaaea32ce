import { fc, test as propTest } from "@fast-check/vitest";
import { beforeAll, describe, expect } from "vitest";
import { deadlineStatusOn } from "../../src/analytics/deadline-status-on.js";
import { addCalendarDays } from "../../src/dates/add-calendar-days.js";
import { DEADLINE_IDS, deadlineStatus } from "../../src/deadlines/index.js";
import type { Decision } from "../../src/index.js";
import { medicalDecisions } from "./medical-decisions.js";

let decisions: Decision[];
beforeAll(async () => {
  decisions = [...(await medicalDecisions()).values()];
}, 60_000);

describe("deadlineStatusOn", () => {
  propTest.prop([fc.nat({ max: 19 }), fc.integer({ min: -40, max: 400 }), fc.option(fc.integer({ min: -10, max: 120 }), { nil: undefined }), fc.constantFrom(...DEADLINE_IDS)], { numRuns: 300 })(
    "gives what the core's deadlineStatus gives, for any decision, asOf and metOn",
    (index, asOfDays, metOnDays, id) => {
      const decision = decisions[index] as Decision;
      const asOf = addCalendarDays(decision.meta.asOf, asOfDays);
      const metOn = metOnDays === undefined ? undefined : addCalendarDays(decision.meta.asOf, metOnDays);
      const core = deadlineStatus(decision, metOn === undefined ? { asOf } : { asOf, metOn: { [id]: metOn } });
      expect(deadlineStatusOn(decision.deadlines.byId[id], metOn, asOf)).toEqual(core.byId[id]);
    },
  );
});
