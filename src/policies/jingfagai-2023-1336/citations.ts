/**
 * @module policies/jingfagai-2023-1336/citations
 * The sentences of 京发改〔2023〕1336号 that the rules and the work-relief workflow implement,
 * quoted verbatim from `text.ts` (the gazette text) under the clause that holds them. The text mixes
 * half-width and full-width commas; each quote keeps the printed one. `src/policies/rules.test.ts`
 * checks every quote a rule cites against the clause it names.
 */
import { cite } from '../../engine/citation.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingfagai-2023-1336';
/** Signing date of the circular: the opinions take effect from it, with no end (policy-notes). */
export const FROM = '2023-10-17' as CalendarDate;

const c = (clause: string, quote: string) => cite(POLICY_ID, clause, quote);

/** 一(一) 实施对象: the target population and the priority groups. */
export const TARGET_CITATION = c(
  '一(一)',
  '主要面对本市农村地区适龄劳动力,因灾需救助群体、增收能力有限的群体、因不可抗力无法外出务工劳动力等优先。',
);
/** 一(一): teams organised by collective economic organisations or their cooperatives. */
export const COLLECTIVE_TEAM_CITATION = c(
  '一(一)',
  '鼓励有条件的集体经济组织或其领办的合作社组织当地农村劳动力组建施工队伍参与项目建设',
);
/** 一(二) 实施范围: the domains of the projects. */
export const SCOPE_CITATION = c(
  '一(二)',
  '包含但不限于农村生产生活、交通、水利、文化旅游、林业等领域小微工程项目,重大项目的具体环节以及项目谋划前期和项目实施过程中已明确采取以工代赈方式的项目。',
);
/** 一(二): post-disaster reconstruction projects get more funding. */
export const POST_DISASTER_CITATION = c(
  '一(二)',
  '对符合以工代赈实施条件的灾后恢复重建项目加大资金倾斜支持力度。',
);
/** 一(三) 实施环节: the labour-intensive stages that use work relief. */
export const STAGES_CITATION = c(
  '一(三)',
  '聚焦项目建设中人工作业、劳动密集型的一般劳动环节、服务保障环节以及项目建成后的后期管护环节',
);
/** 三(一): each district's annual plan and project list. */
export const PLAN_CITATION = c('三(一)', '制定本区以工代赈年度计划及项目清单，实行动态管理。');
/** 三(二): real-name management — register, pay, daily attendance. */
export const REAL_NAME_CITATION = c(
  '三(二)',
  '项目业主单位要督促指导施工单位做好以工代赈务工人员台账登记、报酬发放、日常考勤等实名制管理工作。',
);
/** 三(三): "培训+上岗", skills and safety training, key posts trained before the job. */
export const TRAINING_CITATION = c(
  '三(三)',
  '采取“培训+上岗”的方式，联合施工单位针对性开展劳动技能培训和安全生产培训，重点加强对关键岗位人员岗前培训和技术交底。',
);
/** 三(三): 零工变长工 — maintenance jobs go first to the project's own workers. */
export const MAINTENANCE_CITATION = c(
  '三(三)',
  '要推动“零工”变“长工”，结合项目建成后运行管护的用工要求，具备条件的情况下优先吸纳参与工程建设的劳动力。',
);
/** 三(四): the heading — in full and on time. */
export const TIMELY_CITATION = c('三(四)', '及时足额发放劳务报酬。');
/** 三(四): the roster and ledger, the worker's confirmation, payment by bank card to the worker. */
export const LEDGER_CITATION = c(
  '三(四)',
  '施工单位建立统一规范用工名册和劳务报酬发放台账,经务工人员确认后,原则上将劳务报酬通过银行卡发放至本人。',
);
/** 三(四): the rate of pay, set by the district. */
export const RATE_CITATION = c('三(四)', '合理确定以工代赈劳务报酬标准');
/** 四: the requirement stated in the approval and funding documents. */
export const DOCUMENTS_CITATION = c('四', '并在立项批复、资金拨付文件中明确提出以工代赈工作要求');
/** 五(一): the requirement stated in the project's preliminary documents. */
export const PRELIMINARY_CITATION = c('五(一)', '相关项目前期要件中明确以工代赈要求');
/** 五(一): supervision of organisation, training and pay, a reference for acceptance. */
export const SUPERVISION_CITATION = c(
  '五(一)',
  '围绕当地务工人员组织、劳务技能培训、劳务报酬发放等加强监管,并作为项目竣工验收的重要参考。',
);
/** 五(二): the annual review by the development-reform and agriculture bureaus. */
export const REVIEW_CITATION = c(
  '五(二)',
  '发展改革、农业农村部门要对以工代赈政策落实和项目实施情况开展年度总结评估。',
);
