/**
 * @module services/green/materials
 * The materials checklist of an application. 第二章 二（六） defers the details to each direction's
 * application guide, which the gazette does not carry; so the checklist holds what the text
 * itself asks to be shown (D-31-50): the enterprise's registration, the credit commitment
 * behind 第二章 二（二）, and for paid projects the contract, invoices and payment vouchers behind
 * "含税实际支付金额" and the completion record behind "已实施完成"; plus what an item's own
 * paragraph names. The bureau may waive an item by marking it not required in review.
 */
import { invalidInput } from '../../engine/errors.ts';
import type { Rule } from '../../engine/rule.ts';
import { itemNumber } from '../../policies/jingjiguanfa-2023-31/match.ts';

export interface MaterialItem {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly required: boolean;
  readonly provided: boolean;
  readonly note: string | null;
}

const m = (key: string, zh: string, en: string): MaterialItem => ({
  key,
  zh,
  en,
  required: true,
  provided: false,
  note: null,
});

const BASE = [
  m('licence', '营业执照（或事业单位法人证书）', 'Business licence (or institution certificate)'),
  m(
    'credit_commitment',
    '信用承诺书（近三年无重大行政处罚等）',
    'Credit commitment (no major penalties etc. in three years)',
  ),
  m('application_form', '项目申报书', 'Application form'),
];
const PROJECT = [
  m('contracts', '项目合同', 'Project contracts'),
  m(
    'invoices',
    '发票及付款凭证（含税实际支付金额）',
    'Invoices and payment vouchers (tax-included payments)',
  ),
  m('completion', '项目完工（验收）材料', 'Completion or acceptance record'),
];

/** What an item's own paragraph asks to be shown, by item number. */
const ITEM_EXTRAS: Readonly<Record<number, readonly MaterialItem[]>> = {
  3: [
    m('boiler_acceptance', '低氮改造验收材料（氮氧化物浓度）', 'Low-NOx retrofit acceptance (NOx readings)'),
  ],
  4: [m('monitoring_network', '在线监控验收及联网证明', 'Acceptance and network connection of the monitors')],
  5: [m('nameplates', '排风机及油烟净化设备铭牌照片', 'Nameplates of the fan and the purifier')],
  6: [
    m('exit_proof', '营业执照注销或生产设备拆除证明', 'Licence cancellation or equipment dismantling record'),
    m('emission_reduction', '污染物减排量核算材料', 'Emission-reduction accounting'),
  ],
  13: [
    m(
      'retirement',
      '燃油燃气车辆报废或转出证明',
      'Scrapping or transfer-out records of the retired vehicles',
    ),
    m('vehicle_invoices', '新能源车辆购置发票（终端售价）', 'Purchase invoices of the new vehicles'),
  ],
  14: [
    m('lease_contracts', '原燃油燃气客车及新能源客车租赁合同', 'Lease contracts, old and new buses'),
    m('no_fuel_commitment', '不再租赁燃油燃气大中型客车承诺书', 'Commitment not to lease fuel buses again'),
  ],
  17: [m('pv_capacity', '光伏装机容量及并网材料', 'Installed PV capacity and grid connection')],
  18: [m('municipal_subsidy', '市级补助文件', 'Municipal subsidy decision')],
  19: [m('green_power', '绿色电力交易结算凭证', 'Green-power trading settlement')],
  20: [
    m('consulting_contracts', '技术咨询服务合同（5家及以上）', 'Consulting contracts (five or more clients)'),
  ],
  21: [
    m('certificate', '碳中和认证证书', 'Carbon-neutrality certificate'),
    m('verification', '碳核查报告（CNAS ISO14064-1 资质）', 'Carbon verification report (CNAS ISO14064-1)'),
  ],
  26: [
    m(
      'expert_materials',
      '专家评审材料（绿色节能效益、增量投资）',
      'Materials for expert review (benefits, incremental investment)',
    ),
  ],
};

/** The checklist of an item. */
export function checklistFor(rule: Rule): MaterialItem[] {
  const n = itemNumber(rule.id);
  const project = 'paidIncludingTax' in rule.factsSchema.properties;
  return [...BASE, ...(project ? PROJECT : []), ...(ITEM_EXTRAS[n] ?? [])];
}

/**
 * Applies `[{key, provided, note}]` to a checklist. Unknown keys are refused; a provided item
 * keeps its note (a file reference or where to find it).
 */
export function mergeMaterials(list: readonly MaterialItem[], input: unknown, field: string): MaterialItem[] {
  if (input === undefined) return [...list];
  if (!Array.isArray(input))
    throw invalidInput(
      field,
      input,
      'must be an array of {key, provided, note}',
      '须为 {key, provided, note} 数组',
    );
  const out = list.map((x) => ({ ...x }));
  input.forEach((v: unknown, i: number) => {
    const at = `${field}[${i}]`;
    if (typeof v !== 'object' || v === null) throw invalidInput(at, v, 'must be an object', '须为对象');
    const r = v as Record<string, unknown>;
    const item = out.find((x) => x.key === r.key);
    if (!item)
      throw invalidInput(
        `${at}.key`,
        r.key,
        `is not on the checklist (${out.map((x) => x.key).join(', ')})`,
        '不在材料清单中',
      );
    if (typeof r.provided !== 'boolean')
      throw invalidInput(`${at}.provided`, r.provided, 'must be true or false', '须为 true 或 false');
    if (r.note !== undefined && r.note !== null && typeof r.note !== 'string')
      throw invalidInput(`${at}.note`, r.note, 'must be text', '须为文本');
    Object.assign(item, { provided: r.provided, note: (r.note as string | undefined) ?? item.note });
  });
  return out;
}
