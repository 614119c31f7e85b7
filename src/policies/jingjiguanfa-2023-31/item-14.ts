/**
 * @module policies/jingjiguanfa-2023-31/item-14
 * 第一章 一（十四） 企业租赁燃油燃气大中型客车置换为电动或氢能源等新能源客车项目 (leased fuel buses
 * re-leased as new-energy buses).
 *
 * > 经开区现有企业,将现有长期租赁(一年及以上)的京籍燃油燃气大中型客车改租为纯电动或氢能源等新能源车辆的,且承诺
 * > 今后不再租赁燃油燃气大中型客车的给予资金奖励。根据置换改租的新能源车数量确定奖励车辆规模,每辆车的具体奖励标准
 * > 为一次性奖励 6 万元。
 *
 * Vehicles counted = min(qualifying fuel buses given up, new-energy buses leased in their place):
 * a new-energy vehicle beyond the buses it replaces was not "置换改租" (D-31-32). Amount =
 * counted × 6万. A lease is no investment, so 第二章 二（四）（五） do not apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan, timesFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, type CommonFacts, checkCommon } from './common.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  bool,
  ENERGY,
  EXAMPLE_APPLICANT,
  ITEM14_AMOUNT_CITATION,
  ITEM14_MIN_LEASE_MONTHS,
  ITEM14_PER_VEHICLE,
  ITEM14_SCOPE_CITATION,
  itemFactsSchema,
  itemMessages,
  VIN,
} from './parameters-energy.ts';

/** A leased fuel or gas bus whose lease was given up. */
export interface ReplacedLease {
  readonly vin: string;
  readonly largeOrMediumBus: boolean;
  readonly fuelOrGas: boolean;
  readonly beijingRegistered: boolean;
  readonly leaseTermMonths: number;
  readonly leaseEnded: boolean;
}
/** A new-energy vehicle leased in its place. */
export interface NewLease {
  readonly vin: string;
  readonly bus: boolean;
  readonly energy: 'electric' | 'hydrogen';
}
export interface Item14Facts extends CommonFacts {
  readonly existingEnterprise: boolean;
  readonly commitsNoFuelBusLeases: boolean;
  readonly replacedLeases: readonly ReplacedLease[];
  readonly newLeases: readonly NewLease[];
}

function plan(f: Item14Facts, asOf: CalendarDate) {
  const minMonths = Number(valueAt(ITEM14_MIN_LEASE_MONTHS, asOf).value);
  const ok = (r: ReplacedLease) =>
    r.largeOrMediumBus &&
    r.fuelOrGas &&
    r.beijingRegistered &&
    r.leaseEnded &&
    r.leaseTermMonths >= minMonths;
  const replaced = f.replacedLeases.filter(ok);
  const fresh = f.newLeases.filter((v) => v.bus);
  const n = Math.min(replaced.length, fresh.length);
  return {
    ok,
    minMonths,
    replaced,
    fresh,
    n,
    counted: fresh.slice(0, n),
    countedReplaced: replaced.slice(0, n),
  };
}

export const item14: Rule = defineRule<Item14Facts>({
  id: `${POLICY_ID}/item-14`,
  policyId: POLICY_ID,
  title: {
    zh: '企业租赁燃油燃气大中型客车置换为电动或氢能源等新能源客车项目',
    en: 'Replacing leased fuel buses and coaches with new-energy vehicles',
  },
  citations: [ITEM14_SCOPE_CITATION, ITEM14_AMOUNT_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['existingEnterprise', 'commitsNoFuelBusLeases', 'replacedLeases', 'newLeases'],
    {
      existingEnterprise: bool('An existing enterprise of E-Town', '经开区现有企业'),
      commitsNoFuelBusLeases: bool(
        'Commits never again to lease fuel or gas large or medium buses',
        '承诺今后不再租赁燃油燃气大中型客车',
      ),
      replacedLeases: {
        type: 'array',
        description: 'The leased fuel or gas buses given up',
        'x-description-zh': '改租前长期租赁的燃油燃气大中型客车',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'vin',
            'largeOrMediumBus',
            'fuelOrGas',
            'beijingRegistered',
            'leaseTermMonths',
            'leaseEnded',
          ],
          properties: {
            vin: VIN,
            largeOrMediumBus: bool('A large or medium bus or coach', '大中型客车'),
            fuelOrGas: bool('Burns fuel oil or gas', '燃油燃气车'),
            beijingRegistered: bool('Registered in Beijing (京籍)', '京籍车辆'),
            leaseTermMonths: {
              type: 'integer',
              minimum: 0,
              description: 'Term of the lease, months',
              'x-description-zh': '租赁期限（月）',
              'x-unit': '月',
            },
            leaseEnded: bool('Its lease was given up for the new-energy lease', '已改租（该车租赁已终止）'),
          },
        },
      },
      newLeases: {
        type: 'array',
        description: 'The new-energy vehicles leased in their place',
        'x-description-zh': '改租的新能源车辆',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['vin', 'bus', 'energy'],
          properties: {
            vin: VIN,
            bus: bool('A bus or coach (客车)', '客车'),
            energy: ENERGY,
          },
        },
      },
    },
    false,
  ),
  awardSubjects(f) {
    const p = plan(f, FROM);
    return [
      ...p.countedReplaced.map((r) => `fuel-bus-lease:${r.vin}`),
      ...p.counted.map((v) => `new-energy-lease:${v.vin}`),
    ];
  },
  examples: [
    {
      title: {
        zh: '3辆长期租赁的京籍柴油大客车改租为3辆纯电动客车',
        en: 'Three long-leased Beijing diesel coaches re-leased as three electric coaches',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        existingEnterprise: true,
        commitsNoFuelBusLeases: true,
        replacedLeases: [1, 2, 3].map((n) => ({
          vin: `LFUEL${String(n).padStart(12, '0')}`,
          largeOrMediumBus: true,
          fuelOrGas: true,
          beijingRegistered: true,
          leaseTermMonths: 36,
          leaseEnded: true,
        })),
        newLeases: [1, 2, 3].map((n) => ({
          vin: `LBEV${String(n).padStart(13, '0')}`,
          bus: true,
          energy: 'electric',
        })),
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: itemMessages({
    'j31.item14.existing_enterprise': {
      zh: '申报主体为经开区现有企业（填报：{value}）',
      en: 'The applicant is an existing E-Town enterprise (reported: {value})',
    },
    'j31.item14.commitment': {
      zh: '承诺今后不再租赁燃油燃气大中型客车（填报：{value}）',
      en: 'Commits never again to lease fuel or gas large or medium buses (reported: {value})',
    },
    'j31.item14.distinct_vins': {
      zh: '每辆车只列报一次（重复的车辆识别代号：{duplicates}）',
      en: 'Each vehicle is listed once (repeated VINs: {duplicates})',
    },
    'j31.item14.vehicles_counted': {
      zh: '奖励车辆规模至少1辆（符合条件的原租燃油燃气车 {replaced} 辆，改租新能源客车 {new} 辆，取小值 {counted} 辆）',
      en: 'At least one vehicle counts ({replaced} qualifying fuel buses given up, {new} new-energy buses leased; the smaller is {counted})',
    },
    'j31.item14.replaced': {
      zh: '原租车辆 {vin}：大中型客车 {largeOrMediumBus}，燃油燃气 {fuelOrGas}，京籍 {beijingRegistered}，租期 {leaseTermMonths} 个月（至少 {minMonths} 个月），已改租 {leaseEnded} → 计入：{result}',
      en: 'Leased vehicle {vin}: large/medium bus {largeOrMediumBus}, fuel or gas {fuelOrGas}, Beijing {beijingRegistered}, lease {leaseTermMonths} months (at least {minMonths}), given up {leaseEnded} → counts: {result}',
    },
    'j31.item14.amount': {
      zh: '奖励金额 = {counted} 辆 × {perVehicle} 元 = {result} 元',
      en: 'Award = {counted} vehicles × {perVehicle} yuan = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-32');
    d.check(
      'j31.item14.existing_enterprise',
      f.existingEnterprise,
      { value: f.existingEnterprise },
      ITEM14_SCOPE_CITATION,
    );
    d.check(
      'j31.item14.commitment',
      f.commitsNoFuelBusLeases,
      { value: f.commitsNoFuelBusLeases },
      ITEM14_SCOPE_CITATION,
    );
    const vins = [...f.replacedLeases, ...f.newLeases].map((v) => v.vin);
    const duplicates = [...new Set(vins.filter((v, i) => vins.indexOf(v) !== i))];
    d.check(
      'j31.item14.distinct_vins',
      duplicates.length === 0,
      { duplicates: duplicates.join(', ') || '-' },
      ITEM14_AMOUNT_CITATION,
    );
    const p = plan(f, asOf);
    for (const r of f.replacedLeases) {
      d.step('j31.item14.replaced', {
        inputs: {
          vin: r.vin,
          largeOrMediumBus: r.largeOrMediumBus,
          fuelOrGas: r.fuelOrGas,
          beijingRegistered: r.beijingRegistered,
          leaseTermMonths: r.leaseTermMonths,
          leaseEnded: r.leaseEnded,
        },
        parameters: { minMonths: p.minMonths },
        result: p.ok(r),
        citation: ITEM14_SCOPE_CITATION,
      });
    }
    d.check(
      'j31.item14.vehicles_counted',
      p.n > 0,
      { replaced: p.replaced.length, new: p.fresh.length, counted: p.n },
      ITEM14_AMOUNT_CITATION,
    );
    checkCommon(d, f, { no: 14, project: false, pollution: true }, asOf);
    const per = valueAt(ITEM14_PER_VEHICLE, asOf);
    const amount = timesFen(parseYuan(per.value), p.n);
    d.step('j31.item14.amount', {
      inputs: { counted: p.n },
      parameters: { perVehicle: per.value },
      result: formatYuan(amount),
      citation: per.citation,
    });
    return d.decide(amount);
  },
});
