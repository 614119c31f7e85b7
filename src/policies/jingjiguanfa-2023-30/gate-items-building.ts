/**
 * @module policies/jingjiguanfa-2023-30/gate-items-building
 * 七(四)–(五) as data: the checks of the construction and the acceptance-and-operation stages, each
 * quoting its clause verbatim. 七(五) names no department: 开发建设局 oversees the parties' duties
 * (D-30-16); 六(八) and 六(十二) add the energy data and the acceptance of ultra-low-energy projects.
 */

import { ULE_PLANNING } from './gate-items-planning.ts';
import { cite30 as c, type GateItem, type Party } from './gate-types.ts';

const PLANNING = 'planning-natural-resources-branch';
const DEVELOPMENT = 'development-construction';
const BUILD_PARTIES: readonly Party[] = ['construction_unit', 'operator'];

/** The items of the last two stages, in the order of the text within a stage. */
export const BUILDING_ITEMS: readonly GateItem[] = [
  {
    id: 'construction.standards',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: ['contractor', 'supervisor'],
    duty: {
      zh: '严格执行施工图设计审查文件和《绿色施工技术规程》等标准',
      en: 'Follow the reviewed construction drawings and the green construction code',
    },
    appliesWhen: 'always',
    citation: c('七(四)', '施工单位和监理单位严格执行施工图设计审查文件和《绿色施工技术规程》等相关标准要求'),
  },
  {
    id: 'construction.organisation-design',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: ['contractor'],
    duty: {
      zh: '制定有针对性的施工组织设计，保障绿色建筑设计内容落实，报监理单位审批后执行',
      en: 'Draw up a construction organisation design that delivers the green design, approved by the supervisor',
    },
    appliesWhen: 'always',
    citation: c(
      '七(四)',
      '施工单位依据相关标准、规范、设计图纸,制定有针对性的施工组织设计,保障绿色建筑设计内容的落实,并报监理单位审批后执行',
    ),
  },
  {
    id: 'construction.supervision-plan',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: ['supervisor'],
    duty: {
      zh: '根据绿色建筑设计说明制定监理方案，审批施工组织设计',
      en: 'Draw up a supervision plan from the green design notes and approve the construction organisation design',
    },
    appliesWhen: 'always',
    citation: c('七(四)', '监理单位应根据绿色建筑设计说明制定监理方案,对施工组织设计进行审批'),
  },
  {
    id: 'construction.green-materials',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: ['construction_unit'],
    duty: { zh: '优先采用绿色建材', en: 'Prefer green building materials' },
    appliesWhen: 'green_materials',
    citation: c(
      '七(四)',
      '在政府投资工程、重点工程、高标准商品住宅等项目中,在符合相应标准和政府投资成本控制要求的基础上,优先采用绿色建材',
    ),
  },
  {
    id: 'construction.oversight',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: [],
    duty: { zh: '对施工过程加强监管', en: 'Supervise the construction process' },
    appliesWhen: 'always',
    citation: c('七(四)', '开发建设局应对施工过程加强监管'),
  },
  {
    id: 'construction.design-change',
    stage: 'construction',
    departments: [DEVELOPMENT],
    parties: [],
    duty: {
      zh: '涉及建筑节能效果的设计变更须经原施工图设计审查机构审查；未经审查施工的依法处罚',
      en: 'A design change affecting energy performance must be reviewed by the original drawing reviewer; building without it is penalised',
    },
    appliesWhen: 'energy_design_change',
    citation: c(
      '七(四)',
      '对于设计变更涉及建筑节能效果时,未经原施工图设计审查机构审查进行施工的,应按照相关法律法规进行处罚',
    ),
  },
  {
    id: 'operation.ule-acceptance',
    stage: 'operation',
    departments: [PLANNING],
    parties: [],
    duty: {
      zh: '协助配合超低能耗建筑项目工程竣工验收',
      en: 'Assist the completion acceptance of the ultra-low-energy project',
    },
    appliesWhen: 'ultra_low_energy',
    citation: ULE_PLANNING,
  },
  {
    id: 'operation.management',
    stage: 'operation',
    departments: [DEVELOPMENT],
    parties: BUILD_PARTIES,
    duty: {
      zh: '建立完备的运行、维护管理制度，明确专人负责',
      en: 'Set up complete operation and maintenance rules with a named person responsible',
    },
    appliesWhen: 'always',
    citation: c('七(五)', '建立完备的运行、维护管理制度,明确专人负责'),
  },
  {
    id: 'operation.monitoring',
    stage: 'operation',
    departments: [DEVELOPMENT],
    parties: BUILD_PARTIES,
    duty: {
      zh: '建立数据监控平台，实时监测各项能耗数据',
      en: 'Set up a data platform monitoring energy use in real time',
    },
    appliesWhen: 'always',
    citation: c('七(五)', '建立数据监控平台对各项能耗数据进行实时监测'),
  },
  {
    id: 'operation.performance',
    stage: 'operation',
    departments: [DEVELOPMENT],
    parties: BUILD_PARTIES,
    duty: {
      zh: '设备设施及能耗水耗计量系统运行正常，项目达到设计文件规定的性能指标',
      en: 'Equipment and metering work normally and the project reaches the performance in its design documents',
    },
    appliesWhen: 'always',
    citation: c(
      '七(五)',
      '确保供暖、通风、空调、照明、用水等设备设施及其自动监控和能耗水耗计量系统运行正常,项目达到设计文件规定的性能指标',
    ),
  },
  {
    id: 'operation.energy-data',
    stage: 'operation',
    departments: ['city-operations'],
    parties: [],
    duty: {
      zh: '协调驻区能源公司报送与建筑对应的能耗结算数据',
      en: "Have the area's energy companies report the building's metered energy data",
    },
    appliesWhen: 'always',
    citation: c('六(八)', '负责协调水、热、电、气等驻区能源公司报送与建筑对应的能耗结算数据'),
  },
];
