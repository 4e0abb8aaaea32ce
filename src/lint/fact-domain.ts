import { LIBRARY_FACTS } from "../facts/fact-registry.js";
import type { FactDomain } from "./find-contradiction.js";

/**
 * What the linter knows of the values facts can take: the values each fact of the registry declares, so a rule
 * comparing `incidentType` with `"ilness"` is caught, and the list follows the registry when it grows.
 */
export const FACT_DOMAIN: FactDomain = {
  valuesOf: (key) => LIBRARY_FACTS.find(key)?.values,
};
