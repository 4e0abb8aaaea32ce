import { type JurisdictionProfile, type JurisdictionProfileInput, JurisdictionProfileSchema } from "./jurisdiction-profile-schema.js";

const INSURANCE_LAW = { zh: "《中华人民共和国保险法》", en: "PRC Insurance Law" } as const;

/** The same data as `examples/jurisdictions/prc-insurance-law.json` (a test keeps them equal). */
const PRC_INSURANCE_LAW_PROFILE_INPUT = {
  id: "cn-insurance-law",
  name: { zh: "中华人民共和国保险法（理赔时限）", en: "PRC Insurance Law (claim clocks)" },
  counting: {
    law: { zh: "《中华人民共和国民法典》", en: "PRC Civil Code" },
    article: "201-203",
    summary: {
      zh: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算；按照年、月计算期间的，到期月的对应日为期间的最后一日，没有对应日的，月末日为期间的最后一日；期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
      en: "A period in years, months or days starts the day after the event; a period in years or months ends on the corresponding day of the last month, or on that month's last day when there is none; when the last day is a statutory rest day, the period ends on the day after the rest days.",
    },
  },
  dayCount: "calendar",
  lastDayOnRestDay: "next_working_day",
  deadlines: {
    limitation: {
      title: { zh: "保险金请求权诉讼时效", en: "Limitation period for claiming" },
      basis: {
        law: INSURANCE_LAW,
        article: "26",
        summary: {
          zh: "人寿保险以外的其他保险的被保险人或者受益人请求赔偿或者给付保险金的诉讼时效期间为二年；人寿保险为五年；自其知道或者应当知道保险事故发生之日起计算。诉讼时效的期间和计算方法由法律规定，当事人约定无效（《民法典》第一百九十七条）。",
          en: "The limitation period for claiming is 2 years for insurance other than life insurance and 5 years for life insurance, from when the insured or beneficiary knew or should have known of the insured event. It is set by law; a contract cannot change it (Civil Code art. 197).",
        },
      },
      lifeYears: 5,
      nonLifeYears: 2,
      interruption: {
        law: { zh: "《中华人民共和国民法典》", en: "PRC Civil Code" },
        article: "195",
        summary: {
          zh: "有下列情形之一的，诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算：（一）权利人向义务人提出履行请求；（二）义务人同意履行义务；（三）权利人提起诉讼或者申请仲裁；（四）与提起诉讼或者申请仲裁具有同等效力的其他情形。",
          en: "The limitation period is interrupted, and runs again from the interruption or from the end of the proceedings, when (1) the right-holder demands performance from the obligor; (2) the obligor agrees to perform; (3) the right-holder sues or applies for arbitration; (4) anything else with the same effect as suing or applying for arbitration.",
        },
      },
    },
    report: {
      title: { zh: "出险通知", en: "Notice of the insured event" },
      basis: {
        law: INSURANCE_LAW,
        article: "21",
        summary: {
          zh: "投保人、被保险人或者受益人知道保险事故发生后，应当及时通知保险人。",
          en: "The policyholder, insured or beneficiary must notify the insurer promptly after learning of the insured event.",
        },
      },
      days: null,
      contractMay: "set",
    },
    documentRequest: {
      title: { zh: "一次性通知补充资料", en: "One consolidated request for missing documents" },
      basis: {
        law: INSURANCE_LAW,
        article: "22",
        summary: {
          zh: "保险人按照合同的约定，认为有关的证明和资料不完整的，应当及时一次性通知投保人、被保险人或者受益人补充提供。",
          en: "If the insurer finds the proofs and documents incomplete under the contract, it must promptly notify the policyholder, insured or beneficiary, in one consolidated notice, of everything to add.",
        },
      },
      days: null,
      contractMay: "set",
    },
    determination: {
      title: { zh: "理赔核定", en: "Determination of the claim" },
      basis: {
        law: INSURANCE_LAW,
        article: "23",
        summary: {
          zh: "保险人收到赔偿或者给付保险金的请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定，但合同另有约定的除外。",
          en: "The insurer must determine a claim promptly after receiving it; in complex cases within 30 days, unless the contract provides otherwise.",
        },
      },
      ordinaryDays: null,
      complexDays: 30,
      contractMay: "set",
      suspension: {
        basis: {
          law: {
            zh: "《最高人民法院关于适用〈中华人民共和国保险法〉若干问题的解释（二）》",
            en: "Supreme People's Court Interpretation (II) on the PRC Insurance Law",
          },
          article: "15",
          summary: {
            zh: "保险法第二十三条规定的三十日核定期间，应自保险人初次收到索赔请求及投保人、被保险人或者受益人提供的有关证明和资料之日起算。保险人主张扣除投保人、被保险人或者受益人补充提供有关证明和资料期间的，人民法院应予支持。扣除期间自保险人根据保险法第二十二条规定作出的通知到达投保人、被保险人或者受益人之日起，至投保人、被保险人或者受益人按照通知要求补充提供的有关证明和资料到达保险人之日止。",
            en: "The 30-day determination period of Insurance Law art. 23 runs from the insurer's first receipt of the claim and of the proofs the policyholder, insured or beneficiary supplied. The insurer may deduct the time taken to supply more proofs: from the day its art. 22 notice reaches the policyholder, insured or beneficiary to the day the proofs it asked for reach the insurer.",
          },
        },
        endDays: "days_after_notice",
      },
    },
    denialNotice: {
      title: { zh: "拒赔通知", en: "Notice of denial" },
      basis: {
        law: INSURANCE_LAW,
        article: "24",
        summary: {
          zh: "对不属于保险责任的，应当自作出核定之日起三日内向被保险人或者受益人发出拒绝赔偿或者拒绝给付保险金通知书，并说明理由。",
          en: "Where the claim is not covered, the insurer must send the insured or beneficiary a notice of denial stating the reasons within 3 days of the determination.",
        },
      },
      days: 3,
      contractMay: "shorten",
    },
    payment: {
      title: { zh: "赔付保险金", en: "Payment" },
      basis: {
        law: INSURANCE_LAW,
        article: "23",
        summary: {
          zh: "对属于保险责任的，在与被保险人或者受益人达成赔偿或者给付保险金额的协议后十日内，履行赔偿或者给付保险金义务；保险合同对期限有约定的，按照约定履行。",
          en: "Where the claim is covered, the insurer must pay within 10 days of agreeing the amount with the insured or beneficiary; where the contract sets a payment period, that period applies.",
        },
      },
      days: 10,
      contractMay: "set",
    },
    advancePayment: {
      title: { zh: "先予支付", en: "Advance payment" },
      basis: {
        law: INSURANCE_LAW,
        article: "25",
        summary: {
          zh: "保险人自收到赔偿或者给付保险金的请求和有关证明、资料之日起六十日内，对其数额不能确定的，应当根据已有证明和资料可以确定的数额先予支付；最终确定数额后，应当支付相应的差额。",
          en: "If the insurer cannot determine the amount within 60 days of receiving the claim and its supporting documents, it must pay in advance the amount the documents already establish, and pay the difference once the amount is final.",
        },
      },
      days: 60,
      contractMay: "shorten",
    },
  },
} as const satisfies JurisdictionProfileInput;

/**
 * The default jurisdiction profile: PRC Insurance Law (2009 numbering, unchanged by the 2015 amendment) arts. 21–26,
 * counted by PRC Civil Code arts. 201–203, in calendar days and without a holiday calendar: a last day on a Saturday
 * or Sunday moves to the Monday (art. 203); holidays and adjusted working days (调休) need `holidayCalendar`. The
 * determination period runs from the first receipt of the claim, less the days after the request for documents
 * reached the claimant up to their arrival (保险法司法解释（二） art. 15, `suspension.endDays: "days_after_notice"`).
 *
 * @example
 * PRC_INSURANCE_LAW_PROFILE.deadlines.determination.complexDays
 * //=> 30
 */
export const PRC_INSURANCE_LAW_PROFILE: JurisdictionProfile = JurisdictionProfileSchema.parse(PRC_INSURANCE_LAW_PROFILE_INPUT);
