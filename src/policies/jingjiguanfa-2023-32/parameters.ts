/**
 * @module policies/jingjiguanfa-2023-32/parameters
 * The numbers of 京技管发〔2023〕32号 that the rules read, each dated and cited.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { parameter } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingjiguanfa-2023-32';
const FROM = '2023-11-29' as CalendarDate;
const TO = '2025-12-31' as CalendarDate;

const ART5 = cite(
  POLICY_ID,
  '第五条',
  '对纳入计划的北京市专精特新中小企业,按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持,租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算。',
);

/** 第五条: the rent subsidy's unit-price cap, 元 per m² per day (exact decimal text). */
export const RENT_CAP_PER_SQM_DAY = parameter<string>({
  id: 'jingjiguanfa-2023-32.art5.rent-cap',
  title: { zh: '房租补贴单价上限', en: 'Rent subsidy unit-price cap' },
  unit: '元/m²/天',
  values: [{ from: FROM, to: TO, value: '1.5', citation: ART5 }],
});

/** 第五条: the rent subsidy's area cap, m². */
export const RENT_AREA_CAP_SQM = parameter<string>({
  id: 'jingjiguanfa-2023-32.art5.area-cap',
  title: { zh: '房租补贴面积上限', en: 'Rent subsidy area cap' },
  unit: 'm²',
  values: [{ from: FROM, to: TO, value: '500', citation: ART5 }],
});

/** The measure's window, for the rules that check the date of an event against it (D-32-3). */
export const MEASURE_WINDOW = { from: FROM, to: TO } as const;

/** A yuan amount or rate in force for the whole measure, with the sentence that sets it. */
function fixed(id: string, zh: string, en: string, unit: string, value: string, citation: Citation) {
  return parameter<string>({
    id: `${POLICY_ID}.${id}`,
    title: { zh, en },
    unit,
    values: [{ from: FROM, to: TO, value, citation }],
  });
}

// ── 第一条 激励专精特新典型示范 ─────────────────────────────────────────────

export const ART1_LITTLE_GIANT_CITATION = cite(
  POLICY_ID,
  '第一条',
  '对新迁入、首次获得认定或有效期满通过复核的国家专精特新“小巨人”企业,给予一次性资金奖励 50 万元',
);
export const ART1_BEIJING_SRDI_CITATION = cite(
  POLICY_ID,
  '第一条',
  '对新迁入、首次获得认定或有效期满通过复核的北京市专精特新中小企业,给予一次性资金奖励 20 万元。',
);
export const ART1_NO_DOUBLE_CITATION = cite(POLICY_ID, '第一条', '单个企业不重复支持,晋级享受差额奖励。');

/** 第一条: the one-off award of a national SRDI "little giant", 元. */
export const ART1_LITTLE_GIANT = fixed(
  'art1.little-giant',
  '国家专精特新“小巨人”企业一次性奖励',
  'One-off award, national SRDI “little giant”',
  '元',
  '500000',
  ART1_LITTLE_GIANT_CITATION,
);
/** 第一条: the one-off award of a Beijing SRDI SME, 元. */
export const ART1_BEIJING_SRDI = fixed(
  'art1.beijing-srdi',
  '北京市专精特新中小企业一次性奖励',
  'One-off award, Beijing SRDI SME',
  '元',
  '200000',
  ART1_BEIJING_SRDI_CITATION,
);

// ── 第二条 支持高新技术企业资格认定 ─────────────────────────────────────────

export const ART2_NATIONAL_FIRST_CITATION = cite(
  POLICY_ID,
  '第二条',
  '对新迁入、首次通过认定的国家高新技术企业,给予一次性资金奖励 30 万元',
);
export const ART2_NATIONAL_AGAIN_CITATION = cite(
  POLICY_ID,
  '第二条',
  '对有效期满再次申请并通过认定的国家高新技术企业,给予一次性资金奖励 20 万元',
);
export const ART2_ZGC_CITATION = cite(
  POLICY_ID,
  '第二条',
  '对首次完成入库备案、有效期满后申请换发证书的规模以上中关村高新技术企业,给予一次性资金奖励 5 万元。',
);
export const ART2_NO_DOUBLE_CITATION = cite(
  POLICY_ID,
  '第二条',
  '单个企业不重复支持,中关村高新技术企业申请通过国家高新技术企业认定后享受差额奖励。',
);

/** 第二条: national high-tech enterprise, new arrival or first recognition, 元. */
export const ART2_NATIONAL_FIRST = fixed(
  'art2.national-first',
  '新迁入、首次通过认定的国家高新技术企业一次性奖励',
  'One-off award, national high-tech enterprise newly arrived or first recognised',
  '元',
  '300000',
  ART2_NATIONAL_FIRST_CITATION,
);
/** 第二条: national high-tech enterprise recognised again at expiry, 元. */
export const ART2_NATIONAL_AGAIN = fixed(
  'art2.national-again',
  '有效期满再次通过认定的国家高新技术企业一次性奖励',
  'One-off award, national high-tech enterprise recognised again at expiry',
  '元',
  '200000',
  ART2_NATIONAL_AGAIN_CITATION,
);
/** 第二条: above-scale Zhongguancun high-tech enterprise, first filing or renewal, 元. */
export const ART2_ZGC = fixed(
  'art2.zhongguancun',
  '规模以上中关村高新技术企业一次性奖励',
  'One-off award, above-scale Zhongguancun high-tech enterprise',
  '元',
  '50000',
  ART2_ZGC_CITATION,
);

// ── 第四条 支持企业持续加大研发投入 ─────────────────────────────────────────

export const ART4_CONDITION_CITATION = cite(
  POLICY_ID,
  '第四条',
  '对年度研发费用增长超过年度目标值的国家专精特新“小巨人”企业',
);
export const ART4_RATE_CITATION = cite(POLICY_ID, '第四条', '按照高出部分的20%给予支持');
export const ART4_CAP_CITATION = cite(POLICY_ID, '第四条', '年度支持金额最高为300万元。');

/** 第四条: the share of the growth above the target that is paid. */
export const ART4_RATE = fixed(
  'art4.rate',
  '研发投入支持比例（高出部分）',
  'Share of the growth above the target',
  'ratio',
  '20%',
  ART4_RATE_CITATION,
);
/** 第四条: the most paid for one year, 元. */
export const ART4_ANNUAL_CAP = fixed(
  'art4.annual-cap',
  '研发投入年度支持金额上限',
  'Annual cap of the R&D growth support',
  '元',
  '3000000',
  ART4_CAP_CITATION,
);
/**
 * 第四条 "年度目标值": the annual target for the growth of R&D spending, as a growth rate over the
 * previous year (`"10%"`). The text does not give it: the administering bureau sets it for each year
 * (D-32-9), configured at run time under this id, dated for the year it applies to. No value is coded.
 */
export const ART4_GROWTH_TARGET = parameter<string>({
  id: `${POLICY_ID}.art4.growth-target`,
  title: { zh: '年度研发费用增长目标值（增长率）', en: 'Annual target for R&D spending growth (rate)' },
  unit: 'ratio',
  values: [],
});

// ── 第六条 支持购买专业服务 ───────────────────────────────────────────────────

export const ART6_VOUCHER_CITATION = cite(POLICY_ID, '第六条', '面向中小企业发放“科技创新服务券”');
export const ART6_RATE_CITATION = cite(
  POLICY_ID,
  '第六条',
  '对企业购买经认定的服务机构提供的专业化服务,给予50%的补助',
);
export const ART6_CAP_CITATION = cite(POLICY_ID, '第六条', '年度支持金额最高为15万元。');

/** 第六条: the share of the purchase subsidised. */
export const ART6_RATE = fixed(
  'art6.rate',
  '科技创新服务券补助比例',
  'Share of the purchase subsidised',
  'ratio',
  '50%',
  ART6_RATE_CITATION,
);
/** 第六条: the most subsidised in one year, 元. */
export const ART6_ANNUAL_CAP = fixed(
  'art6.annual-cap',
  '科技创新服务券年度支持金额上限',
  'Annual cap of the service-voucher subsidy',
  '元',
  '150000',
  ART6_CAP_CITATION,
);

// ── 第七条 发挥科技创新资金作用 ───────────────────────────────────────────────

export const ART7_SCOPE_CITATION = cite(
  POLICY_ID,
  '第七条',
  '通过股权投资或“以赛代评”形式,支持符合经开区定位和相关产业政策、产业投资导向的科技创新型企。',
);
export const ART7_CAP_CITATION = cite(
  POLICY_ID,
  '第七条',
  '采用直投形式时,对单个项目的投资金额原则上不超过 2000 万元,且不超过项目投资总额的 30%',
);
export const ART7_PRIORITY_CITATION = cite(
  POLICY_ID,
  '第七条',
  '对独角兽、制造业单项冠军、国家专精特新“小巨人”等资质企业项目,给予在同等条件下优先投资支持。',
);

/** 第七条: the most invested directly in one project, 元. */
export const ART7_MAX_AMOUNT = fixed(
  'art7.max-amount',
  '直投单个项目投资金额上限',
  'Most invested directly in one project',
  '元',
  '20000000',
  ART7_CAP_CITATION,
);
/** 第七条: the most invested directly, as a share of the project's total investment. */
export const ART7_MAX_SHARE = fixed(
  'art7.max-share',
  '直投占项目投资总额比例上限',
  "Most invested directly, as a share of the project's total investment",
  'ratio',
  '30%',
  ART7_CAP_CITATION,
);
