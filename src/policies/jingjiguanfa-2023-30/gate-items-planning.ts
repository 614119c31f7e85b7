/**
 * @module policies/jingjiguanfa-2023-30/gate-items-planning
 * 七(一)–(三) as data: the checks of the land-supply, approval and design stages, each quoting its
 * clause verbatim. Items of 六 that name a check at one of these stages (六(三), 六(四), 六(十二))
 * are placed there (D-30-15). Department codes are those of `src/policies/departments.ts`; 七(三)'s
 * 规划分局 is 规自分局 (D-DEP-1).
 */
import { cite30 as c, type GateItem } from './gate-types.ts';

const PLANNING = 'planning-natural-resources-branch';
const DEVELOPMENT = 'development-construction';
const APPROVERS = ['economic-development', 'administrative-approval'];
/** 六(十二): also cited by the acceptance item of `gate-items-building.ts`. */
export const ULE_PLANNING = c(
  '六(十二)',
  '负责协助配合公共建筑节能绿色化改造、超低能耗建筑项目规划审批、落实规划指标利用、工程竣工验收等工作',
);
const DESIGN_DOCS = '设计单位应在设计文件中体现绿色建筑星级、装配式建筑要求、超低能耗建筑性能';

/** The items of the first three stages, in the order of the text within a stage. */
export const PLANNING_ITEMS: readonly GateItem[] = [
  {
    id: 'land.policy-briefing',
    stage: 'land_supply',
    departments: ['business-cooperation'],
    parties: [],
    duty: {
      zh: '签订入区协议前向企业宣贯高星级绿色建筑、装配式建筑和超低能耗建筑政策',
      en: 'Brief the enterprise on high-star green, prefabricated and ultra-low-energy building policies before the entry agreement',
    },
    appliesWhen: 'investment_promotion',
    citation: c(
      '六(四)',
      '负责在与企业签订入区协议前向企业宣贯高星级绿色建筑、装配式建筑和超低能耗建筑相关政策',
    ),
  },
  {
    id: 'land.agreement',
    stage: 'land_supply',
    departments: ['economic-development', 'business-cooperation', 'sci-tech-innovation', 'commerce-finance'],
    parties: [],
    duty: {
      zh: '在《经济发展合作协议》等协议中与入区单位约定绿色建筑星级和超低能耗建筑标准',
      en: 'Agree the green rating and ultra-low-energy standard with the entering unit in the economic cooperation agreement',
    },
    appliesWhen: 'investment_promotion',
    citation: c(
      '七(一)',
      '经济发展局、营商合作局、科技创新局、商务金融局等部门应在拟定招商阶段《经济发展合作协议》及其他形式的协议中,根据项目实际情况,与入区单位约定其投资建设项目需满足的绿色建筑星级和超低能耗建筑标准',
    ),
  },
  {
    id: 'land.planning-opinion',
    stage: 'land_supply',
    departments: [PLANNING],
    parties: [],
    duty: {
      zh: '在多规合一协同平台审核意见中明确绿色建筑星级和超低能耗建筑标准要求',
      en: 'State the green rating and ultra-low-energy standard in the multi-plan integration platform opinion',
    },
    appliesWhen: 'land_supply',
    citation: c(
      '七(一)',
      '规自分局应在供地项目多规合一协同平台审核意见中明确项目须满足的绿色建筑星级和超低能耗建筑标准要求',
    ),
  },
  {
    id: 'land.listing-publicity',
    stage: 'land_supply',
    departments: [DEVELOPMENT],
    parties: [],
    duty: {
      zh: '在出让挂牌文件中公示地块的绿色建筑星级和超低能耗建筑标准',
      en: "Publish the plot's green rating and ultra-low-energy standard in the land-transfer listing documents",
    },
    appliesWhen: 'land_transfer',
    citation: c(
      '七(一)',
      '开发建设局应在国有建设用地使用权出让挂牌文件中对规划设计条件中确定的地块绿色建筑星级和超低能耗建筑标准予以公示',
    ),
  },
  {
    id: 'land.contract',
    stage: 'land_supply',
    departments: [DEVELOPMENT],
    parties: [],
    duty: {
      zh: '将绿色建筑星级和超低能耗建筑标准纳入出让合同或划拨决定书',
      en: 'Write the green rating and ultra-low-energy standard into the land-transfer contract or allocation decision',
    },
    appliesWhen: 'land_supply',
    citation: c('七(一)', '并纳入国有建设用地使用权出让合同或划拨决定书'),
  },
  {
    id: 'approval.report',
    stage: 'approval',
    departments: APPROVERS,
    parties: ['project_unit'],
    duty: {
      zh: '在立项可行性报告中明确拟达到的绿色建筑星级、超低能耗建筑标准和拟采用的关键技术',
      en: 'State the planned green rating, ultra-low-energy standard and key technologies in the feasibility report',
    },
    appliesWhen: 'always',
    byApprovalAuthority: true,
    citation: c(
      '七(二)',
      '企业应在提交的立项(核准或备案)可行性报告中,明确项目拟达到的绿色建筑星级和超低能耗建筑标准和拟采用的绿色建筑和超低能耗建筑关键技术',
    ),
  },
  {
    id: 'approval.review',
    stage: 'approval',
    departments: APPROVERS,
    parties: [],
    duty: {
      zh: '按立项审批权限审查拟达到的绿色建筑星级、超低能耗建筑标准和关键技术',
      en: 'Review the planned green rating, ultra-low-energy standard and key technologies, per approval authority',
    },
    appliesWhen: 'always',
    byApprovalAuthority: true,
    citation: c(
      '七(二)',
      '经济发展局、行政审批局应按照立项审批权限对项目拟达到的绿色建筑星级和超低能耗建筑标准和拟采用的绿色建筑和超低能耗建筑关键技术进行审查',
    ),
  },
  {
    id: 'approval.investment-plan',
    stage: 'approval',
    departments: ['economic-development'],
    parties: [],
    duty: {
      zh: '政府投资的绿色建筑、超低能耗建筑项目立项并纳入政府投资项目计划',
      en: 'Approve the government-invested project and put it in the government investment plan',
    },
    appliesWhen: 'government_investment',
    citation: c(
      '六(三)',
      '负责政府投资的既有公共建筑节能改造项目、超低能耗建筑、绿色建筑项目立项,将项目纳入政府投资项目计划中',
    ),
  },
  {
    id: 'design.commission',
    stage: 'design',
    departments: [PLANNING],
    parties: ['construction_unit'],
    duty: {
      zh: '按照绿色建筑星级和超低能耗建筑标准要求委托设计',
      en: 'Commission the design to the green rating and ultra-low-energy standard',
    },
    appliesWhen: 'always',
    citation: c('七(三)', '建设单位应按照绿色建筑星级和超低能耗建筑标准要求委托设计'),
  },
  {
    id: 'design.documents',
    stage: 'design',
    departments: [PLANNING],
    parties: ['design_unit'],
    duty: {
      zh: '设计文件体现绿色建筑星级、装配式建筑、可再生能源与绿色建材应用等目标、效益和技术路径',
      en: 'Design documents show the green rating, prefabrication, renewables and green materials, benefits and technical route',
    },
    appliesWhen: 'always',
    citation: c(
      '七(三)',
      `${DESIGN_DOCS}、可再生能源与绿色建材应用等绿色发展目标、节能减排效益、技术路径等相关内容,并对设计质量负责`,
    ),
  },
  {
    id: 'design.ule-performance',
    stage: 'design',
    departments: [PLANNING],
    parties: ['design_unit'],
    duty: {
      zh: '设计文件体现超低能耗建筑性能',
      en: 'Design documents show the ultra-low-energy performance',
    },
    appliesWhen: 'ultra_low_energy',
    citation: c('七(三)', DESIGN_DOCS),
  },
  {
    id: 'design.review',
    stage: 'design',
    departments: [PLANNING],
    parties: [],
    duty: {
      zh: '审查规划设计方案是否落实约定的绿色建筑星级和超低能耗建筑标准要求',
      en: 'Review whether the planning and design scheme meets the agreed green rating and ultra-low-energy standard',
    },
    appliesWhen: 'always',
    citation: c(
      '七(三)',
      '规划分局应加强规划设计审查审批,对项目规划设计方案中是否落实规划设计条件中约定的绿色建筑星级和超低能耗建筑标准要求进行审查',
    ),
  },
  {
    id: 'design.ule-planning-approval',
    stage: 'design',
    departments: [PLANNING],
    parties: [],
    duty: {
      zh: '协助配合超低能耗建筑项目规划审批、落实规划指标利用',
      en: 'Assist the planning approval of the ultra-low-energy project and the use of planning indicators',
    },
    appliesWhen: 'ultra_low_energy',
    citation: ULE_PLANNING,
  },
];
