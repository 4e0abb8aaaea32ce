import { z } from "zod";
import { ROUNDING_MODES } from "./money.js";

export const RoundingModeSchema = z.enum(ROUNDING_MODES);
