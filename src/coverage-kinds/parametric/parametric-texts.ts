/** Reason codes only a parametric cover gives. */
export const PARAMETRIC_REASONS = {
  LIMIT_REACHED: { en: "The benefit's limit of {limit:money} is reached.", zh: "已达本项保险责任限额 {limit:money}。" },
  FLIGHT_ALREADY_PAID: { en: "Flight {flight} of {date:date} was already paid on claim {claimId}; a flight is paid once.", zh: "{date:date} 的航班 {flight} 已在理赔申请 {claimId} 中给付，同一航班给付一次。" },
  DELAY_NOT_MORE_THAN_THRESHOLD: { en: "The {measure} was delayed {delay}, not more than the {minHours} hours the first tier needs.", zh: "航班{measure}延误 {delay}，未超过首档所需的 {minHours} 小时。" },
  DISRUPTION_NOT_COVERED: { en: "Flight {flight} was {disruption}; the wording does not cover that.", zh: "航班 {flight} {disruption}，不属于本保险责任范围。" },
  SELF_REBOOKING_NOT_COVERED: {
    en: "The insured changed from flight {flight} to flight {replacement} on their own, not to a replacement the carrier arranged; the wording does not cover that.",
    zh: "被保险人自行由航班 {flight} 改乘航班 {replacement}，并非承运人安排的替代航班，不属于本保险责任范围。",
  },
  TIER_MAXIMUM: { en: "This tier pays at most {max:money} for one flight.", zh: "本档每次航班最高给付 {max:money}。" },
  DELAY_BELOW_THRESHOLD: { en: "The {measure} was delayed {delay}, less than the {minHours} hours the first tier needs.", zh: "航班{measure}延误 {delay}，未达到首档所需的 {minHours} 小时。" },
} as const;

/** The step a parametric cover writes, and its benefit's description. */
export const PARAMETRIC_STEPS = {
  parametric: { en: "Flight {measure} delay {delay}", zh: "航班{measure}延误 {delay}" },
} as const;

export const PARAMETRIC_BENEFIT = { en: "Flight {measure} delay {delay}: tier of {tierHours} hours", zh: "航班{measure}延误 {delay}：{tierHours} 小时档" } as const;
export const PARAMETRIC_BENEFIT_MORE_THAN = { en: "Flight {measure} delay {delay}: more than {tierHours} hours", zh: "航班{measure}延误 {delay}：超过 {tierHours} 小时档" } as const;
export const PARAMETRIC_BENEFIT_BLOCKS = {
  en: "Flight {measure} delay {delay}: tier of {tierHours} hours, {base:money} and {blocks} × {perBlock:money} per {everyHours} hours",
  zh: "航班{measure}延误 {delay}：{tierHours} 小时档，{base:money} 另加 {blocks} × {perBlock:money}（每 {everyHours} 小时）",
} as const;
export const PARAMETRIC_BENEFIT_BLOCKS_MORE_THAN = {
  en: "Flight {measure} delay {delay}: more than {tierHours} hours, {base:money} and {blocks} × {perBlock:money} per {everyHours} hours",
  zh: "航班{measure}延误 {delay}：超过 {tierHours} 小时档，{base:money} 另加 {blocks} × {perBlock:money}（每 {everyHours} 小时）",
} as const;

/** The same, for a tier that pays by the blocks alone (no amount on reaching it): "3 × CNY 100.00, for each full hour". */
export const PARAMETRIC_BENEFIT_BLOCKS_ONLY = {
  en: "Flight {measure} delay {delay}: {tierHours} hours or more, {blocks} × {perBlock:money}, {per}",
  zh: "航班{measure}延误 {delay}：满 {tierHours} 小时，{per} {perBlock:money} × {blocks}",
} as const;
export const PARAMETRIC_BENEFIT_BLOCKS_ONLY_MORE_THAN = {
  en: "Flight {measure} delay {delay}: more than {tierHours} hours, {blocks} × {perBlock:money}, {per}",
  zh: "航班{measure}延误 {delay}：超过 {tierHours} 小时，{per} {perBlock:money} × {blocks}",
} as const;

/** How a block is counted, in words: 每满 N 小时 (full blocks) or pro rata. */
export function blockWords(everyHours: number, counting: "full" | "pro_rata"): { readonly en: string; readonly zh: string } {
  if (counting === "full") return everyHours === 1 ? { en: "for each full hour", zh: "每满 1 小时" } : { en: `for each full ${everyHours} hours`, zh: `每满 ${everyHours} 小时` };
  return everyHours === 1 ? { en: "per hour, pro rata", zh: "每 1 小时按比例" } : { en: `per ${everyHours} hours, pro rata`, zh: `每 ${everyHours} 小时按比例` };
}

export const DISRUPTIONS = {
  cancelled: { en: "cancelled", zh: "取消" },
  diverted: { en: "diverted", zh: "备降" },
  returned: { en: "returned to its departure airport", zh: "返航" },
} as const;

export const MEASURED = {
  departure_delay: { en: "departure", zh: "起飞" },
  arrival_delay: { en: "arrival", zh: "到达" },
} as const;

/** The delay as shown, when it is measured to the replacement flight taken. */
export const DELAY_TO_REPLACEMENT = { en: "{delay}, to replacement flight {replacement}", zh: "{delay}（按替代航班 {replacement} 计算）" } as const;
