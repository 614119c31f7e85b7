/**
 * @module policies/jingjiguanfa-2023-29/units
 * Who does what under the plan: the 17 member units of the command (一（二）), their duties from
 * 附件3 and from the body of the plan, the duties of the command (附件1) and its office (附件2),
 * who leads each measure of 三, and which unit owns each sector's emergency emission-reduction list.
 *
 * "各属地街镇" (附件3 十二) and "各街镇" bind each of the six subdistricts and towns in its own
 * territory; "各成员单位" binds all 17; "各行业主管部门" (四（一）) are the five units that 附件3 makes
 * owners of a sector's list (D-29-12, D-29-13). The duties that the body assigns to unnamed
 * "各相关部门" (四（四）) are not attributed.
 */
import type { Citation } from '../../engine/citation.ts';
import { cite } from '../../engine/citation.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import {
  type Department,
  findDepartmentByName,
  getDepartment,
  POLLUTION_COMMAND_MEMBERS,
} from '../departments.ts';
import { getMeasure, MEASURES, type Measure, type MeasureLead, measuresFor } from './measures.ts';
import type { AlertLevel } from './response.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';

/** The industries whose enterprises or projects are put on an emergency emission-reduction list (附件3). */
export type Sector = 'auto-repair' | 'printing' | 'manufacturing' | 'construction' | 'government-investment';

/** One sector's lists and the unit that owns them. */
export interface SectorList {
  readonly sector: Sector;
  readonly name: Bilingual;
  /** Department code of the unit that draws up the lists and has them carried out. */
  readonly owner: string;
  /** The 附件3 item that makes it draw up the emergency emission-reduction list (应急减排清单). */
  readonly reductionList: Citation;
  /** The item on the list of enterprises or projects that keep livelihoods and the city running (保障清单). */
  readonly protectionList: Citation;
  /** The item on carrying the list out. */
  readonly implementation: Citation;
  /** Whether listed enterprises must have a "一厂一策" plan under the owner's own item. */
  readonly onePlantOnePlan: boolean;
}

const sector = (
  s: Sector,
  name: Bilingual,
  owner: string,
  clauses: readonly [string, string, string],
  quotes: readonly [string, string, string],
): SectorList => ({
  sector: s,
  name,
  owner,
  reductionList: cite(POLICY_ID, clauses[0], quotes[0]),
  protectionList: cite(POLICY_ID, clauses[1], quotes[1]),
  implementation: cite(POLICY_ID, clauses[2], quotes[2]),
  onePlantOnePlan: quotes[0].includes('一厂一策'),
});

/** The five sector lists of 附件3, in its order. */
export const SECTOR_LISTS: readonly SectorList[] = [
  sector(
    'auto-repair',
    { zh: '汽车维修行业企业', en: 'Motor-vehicle repair enterprises' },
    'city-operations',
    ['附件3 一3', '附件3 一4', '附件3 一5'],
    [
      '制定空气重污染预警期间汽车维修行业企业应急减排清单，并组织制定“一厂一策”应急预案',
      '保障民生、城市正常运行和重大活动的汽车维修行业企业保障清单',
      '组织汽车维修行业企业按照应急减排清单落实差异化减排措施',
    ],
  ),
  sector(
    'printing',
    { zh: '出版物印刷行业企业', en: 'Publication printing enterprises' },
    'publicity-culture',
    ['附件3 三2', '附件3 三3', '附件3 三4'],
    [
      '制定并公布空气重污染预警期间出版物印刷行业企业应急减排清单,并组织制定“一厂一策”应急预案',
      '保障民生、城市正常运行和重大活动的出版物印刷企业保障清单',
      '组织出版物印刷企业按照应急减排清单落实差异化减排措施',
    ],
  ),
  sector(
    'manufacturing',
    { zh: '制造业企业', en: 'Manufacturing enterprises' },
    'business-cooperation',
    ['附件3 四2', '附件3 四3', '附件3 四4'],
    [
      '制定空气重污染预警期间制造业企业应急减排清单, 并组织制定“一厂一策”应急预案',
      '保障民生、城市正常运行和重大活动的制造业企业清单',
      '组织制造业企业按照应急减排清单落实差异化减排措施',
    ],
  ),
  sector(
    'construction',
    { zh: '建筑施工项目', en: 'Building construction projects' },
    'development-construction',
    ['附件3 六2', '附件3 六3', '附件3 六4'],
    [
      '制定空气重污染预警期间建筑施工项目应急减排清单,并组织落实',
      '保障民生、城市正常运行和重大活动的建设项目清单',
      '组织建筑施工工地落实停止室外喷涂粉刷',
    ],
  ),
  sector(
    'government-investment',
    { zh: '政府投资项目', en: 'Government-invested projects' },
    'land-reserve-construction-services',
    ['附件3 九2', '附件3 九3', '附件3 九4'],
    [
      '制定空气重污染预警期间政府投资项目应急减排清单，并组织落实',
      '保障民生、城市正常运行和重大活动的政府投资项目清单',
      '组织政府投资施工工地落实停止室外喷涂粉刷',
    ],
  ),
];

/**
 * The owner of a sector's emission-reduction list.
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `sector`, for an unknown sector.
 */
export function listOwner(s: string): SectorList {
  const found = SECTOR_LISTS.find((l) => l.sector === s);
  if (found) return found;
  const known = SECTOR_LISTS.map((l) => l.sector).join(', ');
  throw new ZhengceError('ZC_ERR_NOT_FOUND', `sector: ${JSON.stringify(s)} is not one of ${known}`, {
    field: 'sector',
    value: s,
    messageZh: `sector：${JSON.stringify(s)} 不是附件3所列行业（${known}）`,
  });
}

/** One duty: who must do what, verbatim, under which clause. */
export interface Duty {
  /** The clause, with `#n` when the clause assigns several duties. */
  readonly id: string;
  readonly clause: string;
  /** Who, as the text names them (`城市运行局`, `各成员单位`, `指挥部办公室`). */
  readonly holderText: string;
  /** Department codes of everyone the duty binds. */
  readonly holders: readonly string[];
  /** True when the text names a group (`各成员单位`, `各属地街镇`, `各行业主管部门`). */
  readonly collective: boolean;
  readonly text: Bilingual;
  readonly citation: Citation;
}

/*
 * The duties, in document order: `clause | holder as printed | Chinese (verbatim, without the item
 * number and closing punctuation) | English`. Body clauses first, then 附件1 (the command),
 * 附件2 (its office) and 附件3 (the member units, under the section that names each).
 */
const DUTY_TABLE = `
二(二) | 指挥部办公室 | 经开区空气重污染应急指挥部办公室负责接收市空气重污染应急预警指令，并按要求及时向市应急办和市指挥部办公室反馈接收情况。预警指令接收后，指挥部办公室向指挥部总指挥和副总指挥报告。 | Receive the municipal alert orders, confirm receipt to the municipal emergency office and the municipal command office as required, and report to the commander-in-chief and the deputy commander.
二(三) | 指挥部办公室 | 预警指令接收后，指挥部办公室通过通知文件、短信平台、京办工作群、电话等方式向成员单位传达空气重污染预警指令。 | Pass the alert order on to the member units by notice, text message, the Jingban work group, telephone and similar means.
二(三) | 工委宣传部、各街镇 | 工委宣传部、各街镇要及时通过电视、报刊、网络、社区宣传窗等多种渠道传达预警信息，方便公众及时了解预警情况，加强自身健康防护。 | Spread the alert promptly through television, the press, the internet, community notice boards and other channels, so that the public learns of it and protects its health.
二(三) | 各成员单位 | 各成员单位在接到预警指令后，及时向指挥部办公室反馈指令接收情况，并立即启动应急分预案，组织开展应对工作，将指令第一时间通知到相关企业、施工工地等，同时进行督促检查，确保各项应急减排措施有效落实。 | On receiving an alert order, confirm receipt to the command office, start the emergency sub-plan at once, organise the response, pass the order on to the enterprises, building sites and others concerned without delay, and check that every emergency reduction is carried out.
二(四) | 指挥部办公室 | 市空气重污染应急指挥部对预警级别进行调整时，经开区空气重污染应急指挥部办公室按照程序做好提高和降低预警级别通知工作。 | When the municipal command adjusts the alert level, give notice of the raised or lowered level according to procedure.
四(一) | 各成员单位 | 各成员单位按照本预案要求,认真制定空气重污染应急分预案,本应急预案发布后15日内报指挥部办公室备案。 | Draw up an emergency sub-plan as this plan requires, and file it with the command office within 15 days of this plan's issue.
四(一) | 各行业主管部门 | 各行业主管部门要按照绩效评级要求,组织行业内的企业、施工工地开展绩效评级工作,按照市级部门要求制定空气重污染预警期间应急减排清单和保障民生、城市正常运行、重大活动的保障清单;同时,督促列入应急减排清单的企业要按照“一厂一策”原则制定应急预案。 | Have the sector's enterprises and building sites graded for performance; draw up, as the municipal departments require, the emergency emission-reduction list and the protection list for alert periods; and urge listed enterprises to draw up "one plant, one plan" emergency plans.
四(二) | 各成员单位 | 各成员单位要健全完善应急值守制度,保证应急值守系统顺畅。黄色预警时,各成员单位要保持备班备勤;橙色预警时,各成员单位要加强在岗值守;红色预警时,各成员单位要全天(含节假日)值守。 | Keep a sound emergency duty system: staff on standby at yellow, strengthened duty at post at orange, round-the-clock duty (holidays included) at red.
四(二) | 指挥部办公室 | 红色预警期间,指挥部办公室可抽调有关成员单位人员联合办公,开展应急指挥、协调调度、检查督查等工作。 | During a red alert, the command office may second staff of member units to a joint office for emergency command, coordination and inspection.
四(三) | 各成员单位 | 各成员单位要确定一名主管领导及联系人专项负责本部门空气重污染应急工作，并报至指挥部办公室备案。联系人需 24 小时保持通讯畅通，遇有启动空气重污染应急工作，及时接收预警指令并启动应急措施。主管领导及联系人如有变动应及时向指挥部办公室报备。 | Name a leader in charge and a contact person for the unit's emergency work and file them with the command office; the contact person stays reachable 24 hours a day, receives alert orders and starts the measures; report any change promptly.
四(四) | 各街镇 | 各街镇要强化属地监管职能，组织执法力量，有针对性地开展现场执法检查，发现问题及时督促整改或依法处罚。 | Strengthen territorial supervision, deploy enforcement staff for targeted on-site inspections, and have problems corrected or penalised according to law.
四(四) | 党政办公室、城市运行局 | 党政办公室、城市运行局在重污染期间开展联合督查，加强对应急措施落实情况的督促检查。 | Carry out joint inspections during heavy pollution of how the emergency measures are carried out.
四(五) | 各成员单位 | 指挥部各成员单位要充分利用各类媒体，加强空气重污染应急宣传引导工作。 | Make full use of the media to step up emergency publicity and guidance.
四(六) | 各成员单位 | 各成员单位要拓展公众参与渠道，自觉接受公众监督。要及时公布应急预案、应急减排清单、保障民生、城市正常运行、重大活动的保障清单(涉密企业和工程除外),公开应急措施等,保障公众的知情权、参与权。 | Widen public participation and accept public oversight; publish the emergency plan, the emission-reduction lists and the protection lists (classified enterprises and works excepted) and the emergency measures.
附件1 1 | 指挥部 | 积极贯彻落实《中华人民共和国突发事件应对法》《中华人民共和国大气污染防治法》《北京市实施〈中华人民共和国突发事件应对法〉办法》《北京市大气污染防治条例》等相关法律法规 | Implement the Emergency Response Law, the Air Pollution Prevention and Control Law, Beijing's Measures for Implementing the Emergency Response Law, the Beijing Air Pollution Prevention and Control Regulations and other laws and regulations.
附件1 2 | 指挥部 | 研究制定经开区应对空气重污染的政策措施和指导意见 | Study and formulate E-Town's policies and guidance for responding to heavy air pollution.
附件1 3 | 指挥部 | 负责具体指挥经开区空气重污染应急处置工作，依法指挥协调各属地街镇做好工作 | Command E-Town's heavy air pollution emergency response, and direct and coordinate the subdistricts and towns according to law.
附件1 4 | 指挥部 | 负责指挥协调《应急预案》组织实施工作，督促检查经开区有关部门、各属地街镇空气重污染应急工作的落实情况 | Direct and coordinate the implementation of the Emergency Plan, and supervise how E-Town's departments and the subdistricts and towns carry out their emergency work.
附件1 5 | 指挥部 | 分析总结经开区空气重污染应对工作，制定工作规划和年度计划 | Review E-Town's response to heavy air pollution and draw up work plans and annual plans.
附件1 6 | 指挥部 | 组织开展本指挥部所属应急队伍的建设管理及应急物资储备保障等工作 | Build and manage the command's emergency teams and keep emergency supplies in reserve.
附件1 7 | 指挥部 | 承办区应急委和工委生态文明委环境污染防治工作小组交办的其他事项 | Handle other matters assigned by the district emergency committee and the pollution prevention working group of the Working Committee's ecological civilisation committee.
附件2 1 | 指挥部办公室 | 组织落实经开区空气重污染应急指挥部决定,协调和督促成员单位做好空气重污染应急相关工作 | Carry out the command's decisions, and coordinate and urge member units in their emergency work.
附件2 2 | 指挥部办公室 | 承担经开区空气重污染应急指挥部应急值守工作 | Keep the command's emergency duty.
附件2 3 | 指挥部办公室 | 收集分析工作信息,及时上报重要信息 | Collect and analyse information and report important information promptly.
附件2 4 | 指挥部办公室 | 组织开展经开区空气重污染应急风险评估控制、隐患排查整改工作 | Organise emergency risk assessment and control, and the finding and fixing of hazards.
附件2 5 | 指挥部办公室 | 负责经开区预警指令发布、解除工作 | Issue and lift alert orders in E-Town.
附件2 6 | 指挥部办公室 | 组织拟订(修订)与经开区空气重污染应急指挥部职能相关的专项、部门应急预案,指导成员单位制定(修订)空气重污染应急分预案 | Draft (and revise) the special and departmental emergency plans related to the command's functions, and guide member units in drawing up (revising) their emergency sub-plans.
附件2 7 | 指挥部办公室 | 组织开展经开区空气重污染应急演练 | Organise emergency drills.
附件2 8 | 指挥部办公室 | 组织开展经开区空气重污染应急宣传教育与培训 | Organise emergency publicity, education and training.
附件2 9 | 指挥部办公室 | 承担经开区空气重污染应急指挥部的日常工作 | Run the command's day-to-day work.
附件3 一1 | 城市运行局 | 承担经开区空气重污染应急指挥部办公室日常工作 | Run the day-to-day work of the command office.
附件3 一2 | 城市运行局 | 对接市生态环境局、市城市管理委、市园林绿化局、市水务局、市交通委，编制本部门空气重污染应急分预案，细化分解任务，预警启动时负责组织实施 | Liaise with the municipal ecology and environment bureau, urban management commission, forestry and parks bureau, water authority and transport commission; draw up the bureau's emergency sub-plan, break down its tasks and carry it out when an alert starts.
附件3 一3 | 城市运行局 | 制定空气重污染预警期间汽车维修行业企业应急减排清单，并组织制定“一厂一策”应急预案 | Draw up the emergency emission-reduction list of motor-vehicle repair enterprises for alert periods, and have their "one plant, one plan" emergency plans drawn up.
附件3 一4 | 城市运行局 | 按照市级部门要求制定空气重污染预警期间保障民生、城市正常运行和重大活动的汽车维修行业企业保障清单 | As the municipal departments require, draw up the protection list of motor-vehicle repair enterprises that keep livelihoods, the city's normal operation and major events going during alerts.
附件3 一5 | 城市运行局 | 组织汽车维修行业企业按照应急减排清单落实差异化减排措施 | Have motor-vehicle repair enterprises carry out differentiated reductions according to the emission-reduction list.
附件3 一6 | 城市运行局 | 组织园林、水务、市政设施等领域维护工程停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业，停止使用非道路移动机械（纯电动、氢燃料电池机械除外）；配合落实项目内重型车辆禁止上路行驶措施 | Have maintenance works in landscaping, water, municipal facilities and similar fields stop outdoor spraying and painting, slope shotcreting, demolition, cutting, earthwork, anti-corrosion work on road facilities, asphalt paving and similar works, and stop using non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted); help enforce the ban on the projects' heavy vehicles.
附件3 一7 | 城市运行局 | 增加道路清扫保洁频次 | Clean roads more often.
附件3 一8 | 城市运行局 | 负责及时组织公共交通运输保障 | Organise public transport support promptly.
附件3 一9 | 城市运行局 | 按照不同预警级别措施要求,负责落实部分高污染排放车辆停驶等措施 | Enforce the stopping of certain high-emission vehicles and similar measures, as each alert level requires.
附件3 一10 | 城市运行局 | 会同相关部门组织检查空气重污染预警期间应急减排措施落实情况 | With the departments concerned, check how emergency emission reductions are carried out during alerts.
附件3 二1 | 党政办公室 | 对接市政府督查室、市机关事务局,编制督查和公车停驶分预案,空气重污染发生时负责组织实施 | Liaise with the municipal government inspection office and the municipal government offices administration; draw up the sub-plans for inspection and for stopping official vehicles, and carry them out during heavy air pollution.
附件3 二2 | 党政办公室 | 负责督查各成员单位职责落实情况 | Inspect how each member unit performs its duties.
附件3 三1 | 宣传文化部 | 对接市委宣传部,编制本部门空气重污染应急分预案,空气重污染发生时负责组织实施 | Liaise with the Publicity Department of the municipal Party committee; draw up the department's emergency sub-plan and carry it out during heavy air pollution.
附件3 三2 | 宣传文化部 | 制定并公布空气重污染预警期间出版物印刷行业企业应急减排清单,并组织制定“一厂一策”应急预案 | Draw up and publish the emergency emission-reduction list of publication printing enterprises for alert periods, and have their "one plant, one plan" emergency plans drawn up.
附件3 三3 | 宣传文化部 | 按照市级部门要求制定空气重污染预警期间保障民生、城市正常运行和重大活动的出版物印刷企业保障清单 | As the municipal departments require, draw up the protection list of publication printing enterprises that keep livelihoods, the city's normal operation and major events going during alerts.
附件3 三4 | 宣传文化部 | 组织出版物印刷企业按照应急减排清单落实差异化减排措施,停止使用国四及以下重型载货汽车(含燃气)进行运输,并停止使用非道路移动机械(纯电动、氢燃料电池机械除外) | Have publication printing enterprises carry out differentiated reductions according to the emission-reduction list, stop using China IV and lower heavy freight vehicles (gas-fuelled included) for transport, and stop using non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted).
附件3 三5 | 宣传文化部 | 配合做好预警信息发布,负责组织媒体宣传、舆情引导等工作 | Help publish alert information; organise media publicity and guide public opinion.
附件3 三6 | 宣传文化部 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 四1 | 营商合作局 | 对接市经济和信息化局, 编制本部门空气重污染应急分预案, 细化分解任务, 空气重污染发生时负责组织实施 | Liaise with the municipal bureau of economy and information technology; draw up the bureau's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 四2 | 营商合作局 | 制定空气重污染预警期间制造业企业应急减排清单, 并组织制定“一厂一策”应急预案 | Draw up the emergency emission-reduction list of manufacturing enterprises for alert periods, and have their "one plant, one plan" emergency plans drawn up.
附件3 四3 | 营商合作局 | 按照市级部门要求制定空气重污染预警期间保障民生、城市正常运行和重大活动的制造业企业清单 | As the municipal departments require, draw up the list of manufacturing enterprises that keep livelihoods, the city's normal operation and major events going during alerts.
附件3 四4 | 营商合作局 | 组织制造业企业按照应急减排清单落实差异化减排措施, 停止使用国四及以下重型载货汽车(含燃气)进行运输, 并停止使用非道路移动机械(纯电动、氢燃料电池机械除外) | Have manufacturing enterprises carry out differentiated reductions according to the emission-reduction list, stop using China IV and lower heavy freight vehicles (gas-fuelled included) for transport, and stop using non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted).
附件3 四5 | 营商合作局 | 呼吁企业重污染预警期间使用达标原辅材料, 提高污染治理设施效率 | Call on enterprises to use compliant raw and auxiliary materials during alerts and to raise the efficiency of their pollution control facilities.
附件3 四6 | 营商合作局 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 五1 | 财政审计局 | 对接市国资委, 编制本部门空气重污染应急分预案, 配合行业主管部门督促有关国有企业制定空气重污染应急分预案 | Liaise with the municipal state-owned assets commission; draw up the bureau's emergency sub-plan, and help the sector authorities urge the state-owned enterprises concerned to draw up theirs.
附件3 五2 | 财政审计局 | 配合行业主管部门, 督促有关国有企业制定和落实“一厂一策”应急预案 | Help the sector authorities urge the state-owned enterprises concerned to draw up and carry out "one plant, one plan" emergency plans.
附件3 五3 | 财政审计局 | 倡导区内国有企业在橙色、红色预警时合理安排运输, 减少使用重型燃油(气)载货车辆, 尽量使用国六或纯电动、氢燃料电池汽车运输 | Encourage state-owned enterprises in the area, during orange and red alerts, to plan transport sensibly, use fewer heavy fuel (gas) freight vehicles and as far as possible use China VI, pure electric or hydrogen fuel-cell vehicles.
附件3 六1 | 开发建设局 | 对接市住房城乡建设委, 编制本部门空气重污染应急分预案,细化分解任务,空气重污染发生时负责组织实施 | Liaise with the municipal commission of housing and urban-rural development; draw up the bureau's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 六2 | 开发建设局 | 制定空气重污染预警期间建筑施工项目应急减排清单,并组织落实 | Draw up the emergency emission-reduction list of building construction projects for alert periods, and have it carried out.
附件3 六3 | 开发建设局 | 按照市级部门要求制定空气重污染预警期间保障民生、城市正常运行和重大活动的建设项目清单 | As the municipal departments require, draw up the list of construction projects that keep livelihoods, the city's normal operation and major events going during alerts.
附件3 六4 | 开发建设局 | 组织建筑施工工地落实停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业,停止使用非道路移动机械(纯电动、氢燃料电池机械除外);配合落实工地建筑垃圾、渣土、砂石运输等重型车辆禁止上路行驶措施 | Have building sites stop outdoor spraying and painting, slope shotcreting, demolition, cutting, earthwork, anti-corrosion work on road facilities, asphalt paving and similar works, and stop using non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted); help enforce the ban on the sites' construction-waste, muck, sand-gravel and other heavy trucks.
附件3 六5 | 开发建设局 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 七1 | 社会事业局 | 对接市教委、市卫生健康委,编制本部门空气重污染应急分预案,细化分解任务,空气重污染发生时负责组织实施 | Liaise with the municipal education commission and health commission; draw up the bureau's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 七2 | 社会事业局 | 加强对在校学生空气重污染健康防护知识的宣传,按市级要求根据空气质量情况,组织中小学、中等职业学校、幼儿园根据属地空气污染情况适时减少或停止户外活动 | Step up health-protection education for students and, as the municipality requires and according to air quality, have primary and secondary schools, secondary vocational schools and kindergartens reduce or stop outdoor activities as appropriate to local air pollution.
附件3 七3 | 社会事业局 | 组织开展空气重污染健康防护知识的宣传,负责组织医疗卫生机构做好相关疾病患者的诊疗和应急值守工作 | Organise health-protection publicity, and have medical and health institutions care for patients with related diseases and keep emergency duty.
附件3 七4 | 社会事业局 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 八1 | 综合执法局 | 对接市城管执法局,编制本部门空气重污染应急分预案,细化分解任务,空气重污染发生时负责组织实施 | Liaise with the municipal urban management law enforcement bureau; draw up the bureau's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 八2 | 综合执法局 | 指导督促属地街道乡镇综合行政执法队依法依责查处施工扬尘、道路遗撒、露天烧烤和焚烧以及无照售煤等违法行为，会同有关部门对建筑垃圾、渣土、砂石运输等重型车辆停运情况进行检查 | Guide and urge the subdistrict and town enforcement teams to deal with construction dust, road spillage, open-air barbecues and burning, unlicensed coal sales and other violations according to law; with the departments concerned, check that construction-waste, muck, sand-gravel and other heavy trucks have stopped.
附件3 八3 | 综合执法局 | 负责重污染应急减排清单企业综合执法检查 | Carry out comprehensive enforcement inspections of the enterprises on the emergency emission-reduction lists.
附件3 八4 | 综合执法局 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 九1 | 土地储备与建设服务中心 | 编制本部门空气重污染应急分预案，细化分解任务，空气重污染发生时负责组织实施 | Draw up the centre's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 九2 | 土地储备与建设服务中心 | 制定空气重污染预警期间政府投资项目应急减排清单，并组织落实 | Draw up the emergency emission-reduction list of government-invested projects for alert periods, and have it carried out.
附件3 九3 | 土地储备与建设服务中心 | 按照市级部门要求制定空气重污染预警期间保障民生、城市正常运行和重大活动的政府投资项目清单 | As the municipal departments require, draw up the list of government-invested projects that keep livelihoods, the city's normal operation and major events going during alerts.
附件3 九4 | 土地储备与建设服务中心 | 组织政府投资施工工地落实停止室外喷涂粉刷、护坡喷浆、建筑拆除、切割、土石方、道路设施防腐、道路沥青铺装等施工作业，停止使用非道路移动机械（纯电动、氢燃料电池机械除外）；配合落实工地建筑垃圾、渣土、砂石运输等重型车辆禁止上路行驶措施 | Have government-invested building sites stop outdoor spraying and painting, slope shotcreting, demolition, cutting, earthwork, anti-corrosion work on road facilities, asphalt paving and similar works, and stop using non-road mobile machinery (pure electric and hydrogen fuel-cell machinery excepted); help enforce the ban on the sites' construction-waste, muck, sand-gravel and other heavy trucks.
附件3 九5 | 土地储备与建设服务中心 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 十1 | 交通大队 | 对接市公安局公安交通管理局，编制本部门空气重污染应急分预案，细化分解任务，空气重污染发生时负责组织实施 | Liaise with the traffic management bureau of the municipal public security bureau; draw up the brigade's emergency sub-plan, break down its tasks and carry it out during heavy air pollution.
附件3 十2 | 交通大队 | 建立备案名单管理制度,会同相关单位做好对停驶公务车辆和不适用限行措施的社会保障车辆的相关备案工作 | Keep a register, and with the units concerned register the official vehicles taken off the road and the public-service vehicles to which the restrictions do not apply.
附件3 十3 | 交通大队 | 及时向公众告知空气重污染期间采取的交通管理措施,负责国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶、机动车单双号行驶的监管执法工作,加大对违反规定上路行驶车辆的检查执法力度 | Tell the public promptly of the traffic measures taken during heavy air pollution; enforce the ban on China I and II light-duty gasoline vehicles (driving-school cars included) and odd-even driving, and step up checks on vehicles driving in breach of the rules.
附件3 十4 | 交通大队 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 十一1 | 大兴公安分局 | 对接市公安局治安管理总队,编制烟花爆竹禁放方案,细化分解任务,空气重污染发生时负责组织实施 | Liaise with the public order corps of the municipal public security bureau; draw up the fireworks ban plan, break down its tasks and carry it out during heavy air pollution.
附件3 十一2 | 大兴公安分局 | 负责通知城市运行局及时组织烟花爆竹批发和零售单位停止配送、销售烟花爆竹;负责加强巡逻检查,及时发现和制止违法违规燃放烟花爆竹的行为 | Notify the City Operations Bureau to have fireworks wholesalers and retailers stop delivering and selling fireworks; step up patrols, and find and stop illegal setting off of fireworks promptly.
附件3 十一3 | 大兴公安分局 | 对分预案措施落实情况进行督查 | Inspect how the measures of its sub-plan are carried out.
附件3 十二1 | 各属地街镇 | 编制本辖区空气重污染应急分预案,细化分解任务,并组织落实 | Draw up the emergency sub-plan of its jurisdiction, break down its tasks and carry it out.
附件3 十二2 | 各属地街镇 | 加强对社会公众空气重污染健康防护知识的宣传,负责通知社区向辖区内社区居民发送提示信息,提醒儿童、老年人和呼吸道、心脑血管疾病及其他慢性疾病患者减少户外活动;呼吁公众绿色出行 | Step up health-protection publicity for the public; have communities send residents reminders that children, the elderly and people with respiratory, cardiovascular, cerebrovascular or other chronic diseases should reduce outdoor activities; call on the public to travel green.
附件3 十二3 | 各属地街镇 | 组织网格员对施工扬尘、道路扬尘、露天烧烤和露天焚烧、违法使用燃煤、机动车冒黑烟、燃放烟花爆竹等环境违法行为开展巡查检查工作,发现问题及时移交相关部门处理 | Have grid officers patrol for construction dust, road dust, open-air barbecues and burning, illegal coal burning, vehicles emitting black smoke, fireworks and other environmental violations, and pass problems promptly to the departments concerned.
附件3 十二4 | 各属地街镇 | 对分预案措施落实情况进行督查检查 | Inspect how the measures of its sub-plan are carried out.
`;

const COMMAND = 'etdz-pollution-command';
const MEMBER_CODES = POLLUTION_COMMAND_MEMBERS.map((d) => d.code);
const STREET_CODES = POLLUTION_COMMAND_MEMBERS.filter((d) => d.kind === 'street').map((d) => d.code);
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  指挥部: [COMMAND],
  各成员单位: MEMBER_CODES,
  各属地街镇: STREET_CODES,
  各街镇: STREET_CODES,
  各行业主管部门: [...new Set(SECTOR_LISTS.map((l) => l.owner))],
};

function holdersOf(holderText: string): string[] {
  return holderText.split('、').flatMap((name) => {
    const group = GROUPS[name];
    if (group) return [...group];
    const d = findDepartmentByName(name);
    if (!d) throw new Error(`units: unknown holder ${name}`);
    return [d.code];
  });
}

function parseDuties(table: string): Duty[] {
  const rows = table
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('|').map((f) => f.trim()));
  const perClause = new Map<string, number>();
  for (const [clause = ''] of rows) perClause.set(clause, (perClause.get(clause) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map(([clause = '', holderText = '', zh = '', en = '']) => {
    const n = (seen.get(clause) ?? 0) + 1;
    seen.set(clause, n);
    return {
      id: (perClause.get(clause) ?? 0) > 1 ? `${clause}#${n}` : clause,
      clause,
      holderText,
      holders: holdersOf(holderText),
      collective: holderText.split('、').some((x) => GROUPS[x] !== undefined && x !== '指挥部'),
      text: { zh, en },
      citation: cite(POLICY_ID, clause, zh),
    };
  });
}

/** Every duty of the plan, in document order. */
export const DUTIES: readonly Duty[] = parseDuties(DUTY_TABLE);

/**
 * The duties of a unit (a department code): its own, those of every group it belongs to, in
 * document order. The command office (`etdz-pollution-command-office`) sits in 城市运行局, whose
 * 附件3 一1 duty is to run it; ask for either code.
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `department`, for an unknown code.
 */
export function unitDuties(code: string): Duty[] {
  getDepartment(code);
  return DUTIES.filter((d) => d.holders.includes(code));
}

/** A member unit of the command with the 附件3 section that lists its duties. */
export interface MemberUnit {
  readonly department: Department;
  /** `附件3 一` … `附件3 十二`. */
  readonly annexSection: string;
  /** True for the six 属地街镇, whose section they share. */
  readonly shared: boolean;
}

/** The 17 member units in the order of 一（二）, each with its section of 附件3. */
export const MEMBER_UNITS: readonly MemberUnit[] = POLLUTION_COMMAND_MEMBERS.map((department) => {
  const own = DUTIES.find((d) => d.clause.startsWith('附件3 ') && d.holders.includes(department.code));
  if (!own) throw new Error(`units: no 附件3 duty for ${department.code}`);
  return {
    department,
    annexSection: own.clause.replace(/\d+$/, ''),
    shared: own.holders.length > 1,
  };
});

/**
 * The units that lead a measure of 三 (see {@link getMeasure}).
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `measureId`, for an unknown id.
 */
export function leadsOf(measureId: string): readonly MeasureLead[] {
  return getMeasure(measureId).leads;
}

/**
 * The measures a unit leads: all of 三, or those in force at `level` (inherited ones included).
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `department`, for an unknown code.
 */
export function measuresLedBy(code: string, level?: AlertLevel): Measure[] {
  getDepartment(code);
  const pool = level === undefined ? MEASURES : measuresFor(level).map((e) => e.measure);
  return pool.filter((m) => m.leads.some((l) => l.code === code));
}
