/**
 * @module policies/departments
 * The departments and units the seven documents name, as data: each with its name as the document
 * writes it, the clauses that name it, and whether it sits on the E-Town heavy-air-pollution
 * command (29号 一（二）, 17 member units). Membership is not a flag typed by hand: a unit is a
 * member exactly when it cites that clause. Tests check every name against the gazette text.
 *
 * `kind`: `etdz-bureau` an organ of the E-Town 工委/管委会 (its 局, 部, 办公室 and the centres
 * directly under it); `command-member` a unit outside those organs that sits on the command (the
 * stationed 交通大队 and 大兴公安分局); `street` the 街镇 (subdistrict offices and towns);
 * `municipal` a Beijing municipal body; `district` a Beijing district's people's government (1336号
 * addresses them as 各区人民政府, the bodies that run work relief; one code per district, a group
 * mention in the text, D-1336-11); `company` a state-owned company; `other` the rest (the
 * 管委会 itself, the command and its office, stationed branches, a national ministry).
 */
import { ZhengceError } from '../engine/errors.ts';
import type { Bilingual } from '../engine/messages.ts';

/** What sort of body a department is (see the module comment). */
export type DepartmentKind =
  | 'etdz-bureau'
  | 'municipal'
  | 'district'
  | 'command-member'
  | 'street'
  | 'company'
  | 'other';
const KINDS: readonly DepartmentKind[] = [
  'etdz-bureau',
  'municipal',
  'district',
  'command-member',
  'street',
  'company',
  'other',
];

/**
 * A clause that names the department, in the citation form (`一（二）`, `附件3 一2`, `第十条`);
 * `通知` is the circular itself, whose header names the issuing authorities.
 */
export interface DepartmentSource {
  readonly policyId: string;
  readonly clause: string;
  /** The wording in that clause when it differs from `name.zh` (`市发展改革委`). */
  readonly as?: string;
  /** True when the clause names the unit only within a group (`各属地街镇`); not an alias then. */
  readonly collective?: true;
}
/** A department or unit named by the documents. */
export interface Department {
  /** Stable kebab-case ASCII code, e.g. `city-operations`. */
  readonly code: string;
  /** `zh` verbatim as the document names it; `en` a courtesy rendering. */
  readonly name: Bilingual;
  readonly kind: DepartmentKind;
  /** True when it is one of the 17 member units of 29号 一（二）. */
  readonly pollutionCommandMember: boolean;
  /** The other names the documents use for it (`市发展改革委`, `工委宣传部`), from `sources[].as`. */
  readonly aliases: readonly string[];
  readonly sources: readonly DepartmentSource[];
}

/** The clause of 29号 that lists the command's member units. */
export const POLLUTION_COMMAND_CLAUSE = { policyId: 'jingjiguanfa-2023-29', clause: '一（二）' } as const;

/*
 * The register: `code | 中文名 | English | kind | sources`, one unit a line, the 17 command members
 * first in the order 29号 一（二） lists them. Sources are `;`-separated `<number> <clause>`, with
 * `=<wording>` when the clause words the name differently and a trailing `*` for a group mention.
 * Shorthands: `$M` = `29 一（二）` (the command), `$J` = `30 五` (the green-building joint meeting),
 * `$S` = `29 附件3 十二=各属地街镇*`, `$I` = `通知`, `$D` = the sixteen district governments, named
 * only as a group by 1336号 三（一） and 四 (`各区人民政府`).
 * Readings: 29号 二（三） writes 工委宣传部 — the 工委's publicity organ, i.e. 宣传文化部 (no other is
 * named); 30号 七（三） writes 规划分局 for the 规自分局 of 五 and 六（十二）. 指挥部办公室 sits in
 * 城市运行局 and is headed by its director (29号 一（一）).
 */
const REGISTER = `
party-government-office | 党政办公室 | Party and Government Office | etdz-bureau | $M; 29 附件3 二; $J; 30 六（一）
publicity-culture | 宣传文化部 | Publicity and Culture Department | etdz-bureau | $M; 29 二（三）=工委宣传部; 29 附件3 三; $J; 30 六（二）
business-cooperation | 营商合作局 | Business Cooperation Bureau | etdz-bureau | $M; 29 附件3 四; $J; 30 六（四）; 31 第三章 二（一）
finance-audit | 财政审计局 | Finance and Audit Bureau | etdz-bureau | $M; 29 附件3 五; $J; 30 六（六）; 31 第三章 二（一）; 31 第三章 二（三）
development-construction | 开发建设局 | Development and Construction Bureau | etdz-bureau | $M; 29 附件3 六; $J; 30 六（七）; 31 第三章 二（二）
social-affairs | 社会事业局 | Social Affairs Bureau | etdz-bureau | $M; 29 附件3 七; $J; 30 六（九）
city-operations | 城市运行局 | City Operations Bureau | etdz-bureau | $M; 29 一（一）; 29 附件3 一; $J; 30 六（八）; 31 第三章 二（二）
comprehensive-enforcement | 综合执法局 | Comprehensive Law Enforcement Bureau | etdz-bureau | $M; 29 附件3 八; $J
land-reserve-construction-services | 土地储备与建设服务中心 | Land Reserve and Construction Service Centre | etdz-bureau | $M; 29 附件3 九; $J; 30 六（十三）
traffic-brigade | 交通大队 | Traffic Police Brigade | command-member | $M; 29 附件3 十; 30 六（十六）
daxing-public-security | 大兴公安分局 | Daxing Public Security Sub-bureau | command-member | $M; 29 附件3 十一
ronghua-subdistrict | 荣华街道办事处 | Ronghua Subdistrict Office | street | $M; $S
boxing-subdistrict | 博兴街道办事处 | Boxing Subdistrict Office | street | $M; $S
yizhuang-town | 亦庄镇 | Yizhuang Town | street | $M; $S
yinghai-town | 瀛海镇 | Yinghai Town | street | $M; $S
taihu-town | 台湖镇 | Taihu Town | street | $M; $S
majuqiao-town | 马驹桥镇 | Majuqiao Town | street | $M; $S
economic-development | 经济发展局 | Economic Development Bureau | etdz-bureau | $J; 30 六（三）; 31 第一章 二（二十二）=区经济发展局; 31 第三章 二（二）; 32 第十条
sci-tech-innovation | 科技创新局 | Science and Technology Innovation Bureau | etdz-bureau | $J; 30 六（五）; 31 第三章 二（一）; 32 第一条; 32 第二条; 32 第四条; 32 第五条; 32 第六条; 32 第七条; 32 第九条; 32 第十条
commerce-finance | 商务金融局 | Commerce and Finance Bureau | etdz-bureau | $J; 30 六（十）; 32 第八条
organization-personnel | 组织人事部 | Organisation and Personnel Department | etdz-bureau | 32 第三条
administrative-approval | 行政审批局 | Administrative Approval Bureau | etdz-bureau | $J; 30 六（十一）; 31 第三章 二（一）; 31 第三章 二（三）
public-safety-office | 平安建设办公室 | Public Safety Building Office | etdz-bureau | $J
regional-coordination | 地区协同事务局 | Regional Coordination Affairs Bureau | etdz-bureau | $J
public-resources-services | 公共资源管理服务中心 | Public Resources Management and Service Centre | etdz-bureau | $J; 30 六（十四）
government-service-hall | 政务服务大厅 | Government Service Hall | other | 31 第三章 二（一）
enterprise-service-port | 亦企服务港 | Yiqi Enterprise Service Port | other | 32 第十条
etdz-administrative-committee | 北京经济技术开发区管理委员会 | Administrative Committee of Beijing Economic-Technological Development Area | other | 28 $I; 29 $I; 30 $I; 31 $I; 32 $I; 31 第三章 一=经开区管委会
etdz-pollution-command | 北京经济技术开发区空气重污染应急指挥部 | E-Town Heavy Air Pollution Emergency Command | other | 29 一（一）
etdz-pollution-command-office | 经开区空气重污染应急指挥部办公室 | Office of the E-Town Heavy Air Pollution Emergency Command | other | 29 二（二）; 29 一（一）=指挥部办公室
planning-natural-resources-branch | 规自分局 | E-Town Branch of the Municipal Commission of Planning and Natural Resources | other | $J; 30 六（十二）; 30 七（三）=规划分局
etdz-customs | 经开区海关 | E-Town Customs | other | 30 六（十六）
etdz-taxation | 经开区税务局 | E-Town Taxation Bureau | other | 30 六（十六）
fire-rescue-detachment | 消防支队 | Fire and Rescue Detachment | other | 30 六（十六）
yizhuang-investment-holdings | 北京亦庄投资控股有限公司 | Beijing Yizhuang Investment Holdings Co., Ltd. | company | $J; 30 六（十五）
beijing-development-reform | 北京市发展和改革委员会 | Beijing Municipal Commission of Development and Reform | municipal | 1309 $I; 1309 七（一）=市发展改革委; 1336 $I; 31 第一章 二（十六）
beijing-planning-natural-resources | 北京市规划和自然资源委员会 | Beijing Municipal Commission of Planning and Natural Resources | municipal | 1309 $I; 1309 七（一）=市规划自然资源委
beijing-urban-management | 北京市城市管理委员会 | Beijing Municipal Commission of Urban Management | municipal | 1309 $I; 1309 七（一）=市城市管理委; 29 附件3 一2=市城市管理委
beijing-housing-construction | 北京市住房和城乡建设委员会 | Beijing Municipal Commission of Housing and Urban-Rural Development | municipal | 1309 $I; 1309 七（一）=市住房城乡建设委; 1336 $I; 29 附件3 六1=市住房城乡建设委; 31 第一章 三（二十四）
beijing-water | 北京市水务局 | Beijing Water Authority | municipal | 1309 $I; 1309 七（一）=市水务局; 1336 $I; 29 附件3 一2=市水务局
beijing-science-zgc | 北京市科学技术委员会、中关村科技园区管理委员会 | Beijing Municipal Science and Technology Commission, Zhongguancun Science Park Administrative Committee | municipal | 1309 $I; 1309 七（一）=市科委中关村管委会
beijing-economy-informatization | 北京市经济和信息化局 | Beijing Municipal Bureau of Economy and Information Technology | municipal | 1309 $I; 1309 七（一）=市经济和信息化局; 29 附件3 四1=市经济和信息化局
beijing-ecology-environment | 北京市生态环境局 | Beijing Municipal Ecology and Environment Bureau | municipal | 1309 $I; 1309 七（一）=市生态环境局; 29 附件3 一2=市生态环境局; 31 第一章 一（九）; 31 第一章 一（十）
beijing-agriculture-rural | 北京市农业农村局 | Beijing Municipal Bureau of Agriculture and Rural Affairs | municipal | 1309 $I; 1309 七（一）=市农业农村局; 1336 $I
beijing-statistics | 北京市统计局 | Beijing Municipal Bureau of Statistics | municipal | 1309 $I; 1309 七（一）=市统计局
beijing-finance | 北京市财政局 | Beijing Municipal Finance Bureau | municipal | 1336 $I
beijing-human-resources-social-security | 北京市人力资源和社会保障局 | Beijing Municipal Human Resources and Social Security Bureau | municipal | 1336 $I
beijing-transport | 北京市交通委员会 | Beijing Municipal Commission of Transport | municipal | 1336 $I; 29 附件3 一2=市交通委
beijing-culture-tourism | 北京市文化和旅游局 | Beijing Municipal Bureau of Culture and Tourism | municipal | 1336 $I
beijing-health | 北京市卫生健康委员会 | Beijing Municipal Health Commission | municipal | 1336 $I; 29 附件3 七1=市卫生健康委
beijing-landscaping-forestry | 北京市园林绿化局 | Beijing Municipal Forestry and Parks Bureau | municipal | 1336 $I; 29 附件3 一2=市园林绿化局
beijing-sport | 北京市体育局 | Beijing Municipal Sports Bureau | municipal | 1336 $I
beijing-pollution-command | 市空气重污染应急指挥部 | Beijing Heavy Air Pollution Emergency Command | municipal | 29 二（四）
beijing-pollution-command-office | 市指挥部办公室 | Office of the Beijing Heavy Air Pollution Emergency Command | municipal | 29 二（二）
beijing-emergency-office | 市应急办 | Beijing Municipal Emergency Management Office | municipal | 29 二（二）
ministry-ecology-environment | 生态环境部 | Ministry of Ecology and Environment | other | 29 二（一）
dongcheng-district | 东城区人民政府 | Dongcheng District People's Government | district | $D
xicheng-district | 西城区人民政府 | Xicheng District People's Government | district | $D
chaoyang-district | 朝阳区人民政府 | Chaoyang District People's Government | district | $D
haidian-district | 海淀区人民政府 | Haidian District People's Government | district | $D
fengtai-district | 丰台区人民政府 | Fengtai District People's Government | district | $D
shijingshan-district | 石景山区人民政府 | Shijingshan District People's Government | district | $D
mentougou-district | 门头沟区人民政府 | Mentougou District People's Government | district | $D
fangshan-district | 房山区人民政府 | Fangshan District People's Government | district | $D
tongzhou-district | 通州区人民政府 | Tongzhou District People's Government | district | $D
shunyi-district | 顺义区人民政府 | Shunyi District People's Government | district | $D
changping-district | 昌平区人民政府 | Changping District People's Government | district | $D
daxing-district | 大兴区人民政府 | Daxing District People's Government | district | $D
huairou-district | 怀柔区人民政府 | Huairou District People's Government | district | $D
pinggu-district | 平谷区人民政府 | Pinggu District People's Government | district | $D
miyun-district | 密云区人民政府 | Miyun District People's Government | district | $D
yanqing-district | 延庆区人民政府 | Yanqing District People's Government | district | $D
`;

const POLICY_IDS: Readonly<Record<string, string>> = {
  '1309': 'jingfagai-2023-1309',
  '1336': 'jingfagai-2023-1336',
  '28': 'jingjiguanfa-2023-28',
  '29': 'jingjiguanfa-2023-29',
  '30': 'jingjiguanfa-2023-30',
  '31': 'jingjiguanfa-2023-31',
  '32': 'jingjiguanfa-2023-32',
};
const SHORTHANDS: Readonly<Record<string, string>> = {
  $M: '29 一（二）',
  $J: '30 五',
  $S: '29 附件3 十二=各属地街镇*',
  $I: '通知',
  $D: '1336 三（一）=各区人民政府*; 1336 四=各区人民政府*',
};

/** A broken register line is a programming error, caught by the first test that imports this. */
function registerError(line: string, why: string): Error {
  return new Error(`departments register: ${why}: ${line}`);
}

function parseSource(entry: string, line: string): DepartmentSource {
  const m = /^(\d+) ([^=*]+?)(?:=([^*]+))?(\*)?$/.exec(entry.trim());
  const policyId = m ? POLICY_IDS[m[1]!] : undefined;
  if (!m || policyId === undefined) throw registerError(line, `bad source "${entry}"`);
  return {
    policyId,
    clause: m[2]!,
    ...(m[3] ? { as: m[3] } : {}),
    ...(m[4] ? { collective: true as const } : {}),
  };
}

function parseLine(line: string): Department {
  const [code = '', zh = '', en = '', kind = '', notation = ''] = line.split('|').map((f) => f.trim());
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code)) throw registerError(line, 'code is not kebab-case ASCII');
  const k = KINDS.find((x) => x === kind);
  if (k === undefined || zh === '' || en === '') throw registerError(line, 'bad kind or empty name');
  const expanded = notation.replace(/\$[A-Z]/g, (t) => SHORTHANDS[t] ?? t);
  const sources = expanded.split(';').map((e) => parseSource(e, line));
  const aliases = [...new Set(sources.flatMap((x) => (x.as !== undefined && !x.collective ? [x.as] : [])))];
  const pollutionCommandMember = sources.some(
    (x) => x.policyId === POLLUTION_COMMAND_CLAUSE.policyId && x.clause === POLLUTION_COMMAND_CLAUSE.clause,
  );
  return { code, name: { zh, en }, kind: k, pollutionCommandMember, aliases, sources };
}

/** Every department and unit, the 17 command members first, in the order 29号 一（二） lists them. */
export const DEPARTMENTS: readonly Department[] = REGISTER.split('\n')
  .filter((l) => l.trim() !== '')
  .map(parseLine);

/** The 17 member units of the E-Town heavy-air-pollution command, in the order of 29号 一（二）. */
export const POLLUTION_COMMAND_MEMBERS: readonly Department[] = DEPARTMENTS.filter(
  (d) => d.pollutionCommandMember,
);

const BY_CODE: ReadonlyMap<string, Department> = new Map(DEPARTMENTS.map((d) => [d.code, d]));

/**
 * The department with this code.
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `department`, when no department has the code.
 */
export function getDepartment(code: string): Department {
  const d = BY_CODE.get(code);
  if (d) return d;
  throw new ZhengceError(
    'ZC_ERR_NOT_FOUND',
    `department: ${JSON.stringify(code)} is not a known department code`,
    {
      field: 'department',
      value: code,
      messageZh: `department：${JSON.stringify(code)} 不是已知的部门代码`,
    },
  );
}

/** The department a document's wording names (its `name.zh` or an alias), if any. */
export function findDepartmentByName(zh: string): Department | undefined {
  const t = zh.trim();
  return DEPARTMENTS.find((d) => d.name.zh === t || d.aliases.includes(t));
}
