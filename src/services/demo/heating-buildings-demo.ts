/**
 * @module services/demo/heating-buildings-demo
 * Demo data of new-energy heating (1309号) and green buildings (30号), labelled 【演示】 like the
 * rest: officials of 市城市管理委, 市统计局 and 规自分局; three heating projects (one run by the demo
 * enterprise) with their designs and a season of daily meter readings imported as CSV through the
 * service; the statistics bureau's figures for 2021–2024; six building projects with some
 * stage-gate items recorded by their departments. Deterministic, and written once: a database that
 * already has heating projects is left alone.
 */
import { parseCalendarDate } from '../../engine/period.ts';
import { CHECK_EXAMPLES } from '../../policies/jingfagai-2023-1309/project-check-facts.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { type Actor, createUser } from '../accounts/index.ts';
import { createBuildingProject, recordGateItem } from '../buildings/index.ts';
import { createHeatingProject, importReadings, setAreaFigure } from '../heating/index.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';

/** Officials of the heating and building modules, besides the one-per-role demo users. */
export const HEATING_BUILDINGS_DEMO_USERS = [
  {
    username: 'demo-heating-officer',
    role: 'officer',
    department: 'beijing-urban-management',
    password: 'demo-heating-officer-2024',
    zh: '演示供热运行监管人员（市城市管理委）',
    en: 'Demo heating supervisor (Municipal Commission of Urban Management)',
  },
  {
    username: 'demo-statistics-officer',
    role: 'officer',
    department: 'beijing-statistics',
    password: 'demo-statistics-officer-2024',
    zh: '演示统计人员（市统计局）',
    en: 'Demo statistician (Municipal Bureau of Statistics)',
  },
  {
    username: 'demo-planning-officer',
    role: 'officer',
    department: 'planning-natural-resources-branch',
    password: 'demo-planning-officer-2024',
    zh: '演示经办人（规自分局）',
    en: 'Demo case officer (Planning and Natural Resources Branch)',
  },
] as const;

const HEADER = '项目编号,读数时间,累计耗电量（kWh）,累计供热量（GJ）,累计耗水量（m³）';
const DAY_MS = 86_400_000;

/**
 * Daily cumulative readings over the 2024-2025 season (15 Nov 00:00 to 16 Mar 00:00, +08:00):
 * electricity follows the cold (more in January), heat is electricity × an SPF that dips in the
 * cold, water a little each day; readings every `everyDays`, none strictly between the `missing`
 * days (a gap the report warns about). Integers of 0.01 kWh, 0.001 GJ and 0.01 m³ keep every value exact.
 */
export function demoSeasonCsvRows(
  code: string,
  baseKwh: number,
  spf: number,
  opts: { everyDays?: number; missing?: readonly [number, number] } = {},
): string[] {
  const every = opts.everyDays ?? 1;
  const [gapFrom, gapTo] = opts.missing ?? [0, 0];
  const start = Date.UTC(2024, 10, 14, 16); // 2024-11-15T00:00+08:00
  const days = 121; // to 2025-03-16T00:00+08:00
  let kwh = 0; // hundredths of a kWh
  let gj = 0; // thousandths of a GJ
  let water = 0; // hundredths of a m³
  const rows: string[] = [];
  for (let d = 0; d <= days; d++) {
    if (d > 0) {
      const cold = Math.sin((Math.PI * (d - 0.5)) / days);
      const dayKwh = Math.round(baseKwh * (0.6 + 0.8 * cold) * 100);
      kwh += dayKwh;
      // heat GJ = kWh × SPF ÷ (2500/9); the SPF dips by up to 0.4 on the coldest days.
      gj += Math.round(((dayKwh / 100) * (spf - 0.4 * cold) * 9 * 1000) / 2500);
      water += Math.round(baseKwh * 0.004 * 100);
    }
    if ((d % every !== 0 && d !== days) || (d > gapFrom && d < gapTo)) continue;
    const at = new Date(start + d * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 19);
    rows.push(
      `${code},${at}+08:00,${(kwh / 100).toFixed(2)},${(gj / 1000).toFixed(3)},${(water / 100).toFixed(2)}`,
    );
  }
  return rows;
}

const ALLOCATED = { investmentPromotion: false, landSupply: 'allocation' };

/** Writes the heating and building demo once; returns what it wrote. */
export async function seedHeatingBuildingsDemo(
  store: Store,
  actor: Actor,
  enterprises: readonly DemoEnterprise[],
  operator: string | undefined,
  now: Date,
): Promise<{ heatingProjects: number; buildingProjects: number }> {
  for (const u of HEATING_BUILDINGS_DEMO_USERS) {
    if (await findUserByUsername(store.db, u.username)) continue;
    await createUser(
      store,
      actor,
      {
        username: u.username,
        password: u.password,
        role: u.role,
        displayNameZh: u.zh,
        displayNameEn: u.en,
        department: u.department,
      },
      now,
    );
  }
  const any = await store.db.selectFrom('heating_projects').select('id').limit(1).executeTakeFirst();
  if (any) return { heatingProjects: 0, buildingProjects: 0 };
  const core = enterprises.filter((e) => e.area === 'etdz_60');
  const op = operator ?? core[0]?.creditCode;
  const other = core.find((e) => e.creditCode !== op)?.creditCode;

  // 1309号: three projects, two seasons of readings for the first.
  const heating = [
    {
      code: 'HP-2023-001',
      name: '【演示】亦庄新城再生水源热泵能源站',
      technology: 'reclaimed_water_source',
      creditCode: op,
      heatedAreaM2: '380000',
      commissionedOn: '2023-11-01',
      design: CHECK_EXAMPLES[0]!.facts,
    },
    {
      code: 'HP-2024-002',
      name: '【演示】数据中心余热供热',
      technology: 'waste_heat',
      creditCode: other,
      heatedAreaM2: '150000',
      commissionedOn: '2024-11-01',
    },
    {
      code: 'HP-2024-003',
      name: '【演示】集中式空气源热泵供热站',
      technology: 'central_air_source',
      heatedAreaM2: '62000',
      commissionedOn: '2024-11-10',
      design: CHECK_EXAMPLES[1]!.facts,
    },
  ];
  for (const p of heating)
    await createHeatingProject(store, actor, { ...p, department: 'beijing-urban-management' }, now);
  const csv = [
    HEADER,
    ...demoSeasonCsvRows('HP-2023-001', 9000, 4.2),
    ...demoSeasonCsvRows('HP-2024-002', 3500, 5.1),
    ...demoSeasonCsvRows('HP-2024-003', 2200, 2.9, { everyDays: 2, missing: [60, 64] }),
  ].join('\n');
  await importReadings(store, actor, { data: Buffer.from(csv), format: 'csv' }, now);
  const figures = [
    [2021, '95000000', '930000000'],
    [2022, '108000000', '950000000'],
    [2023, '121000000', '970000000'],
    [2024, '133000000', '990000000'],
  ] as const;
  for (const [year, area, total] of figures)
    await setAreaFigure(
      store,
      actor,
      { year, newEnergyAreaM2: area, totalAreaM2: total, note: '【演示】合成数据，非统计公报数字' },
      now,
    );

  // 30号: six projects in the 225 km², with some items of 七 recorded.
  const civil = { location: 'etdz_60', projectKind: 'new', buildingClass: 'civil' };
  const buildings = [
    {
      code: 'BP-2024-01',
      name: '【演示】亦庄实验学校新校区',
      facts: { ...civil, use: 'school', investor: 'government', approvalDate: '2024-03-15' },
      gate: ALLOCATED,
      targetKind: 'ule_new_building',
      areaSqm: '32000',
      completedOn: '2025-08-31',
    },
    {
      code: 'BP-2024-02',
      name: '【演示】区医院二期',
      facts: { ...civil, use: 'hospital', investor: 'government', approvalDate: '2024-07-01' },
      gate: ALLOCATED,
      targetKind: 'ule_new_building',
      areaSqm: '58000',
    },
    {
      code: 'BP-2024-03',
      name: '【演示】人才公寓（集中建设）',
      facts: {
        ...civil,
        use: 'talent_apartment',
        investor: 'government_mainly',
        centrallyBuilt: true,
        approvalDate: '2024-04-10',
      },
      gate: { investmentPromotion: false, landSupply: 'transfer' },
      targetKind: 'ule_new_building',
      areaSqm: '45000',
      completedOn: '2025-10-15',
    },
    {
      code: 'BP-2023-04',
      name: '【演示】管委会办公楼节能绿色化改造',
      facts: {
        ...civil,
        projectKind: 'rebuilt',
        use: 'office',
        investor: 'government',
        approvalDate: '2023-12-05',
      },
      gate: { investmentPromotion: false, landSupply: 'none' },
      targetKind: 'public_building_green_retrofit',
      areaSqm: '120000',
      completedOn: '2024-12-20',
    },
    {
      code: 'BP-2024-05',
      name: '【演示】图书馆超低能耗改造',
      facts: {
        ...civil,
        projectKind: 'rebuilt',
        use: 'library',
        investor: 'government',
        approvalDate: '2024-06-18',
      },
      gate: { investmentPromotion: false, landSupply: 'none' },
      targetKind: 'public_building_ule_retrofit',
      areaSqm: '18500.5',
      completedOn: '2025-11-28',
    },
    {
      code: 'BP-2024-06',
      name: '【演示】智能制造厂房',
      creditCode: op,
      facts: {
        location: 'yizhuang_225',
        projectKind: 'new',
        buildingClass: 'industrial',
        use: 'industrial',
        investor: 'social',
        approvalDate: '2024-05-20',
        plannedRating: 'two_star',
      },
      gate: { investmentPromotion: true, landSupply: 'transfer' },
      targetKind: 'other',
      areaSqm: '75000',
    },
  ];
  for (const b of buildings)
    await createBuildingProject(store, actor, { ...b, department: 'development-construction' }, now);
  const done: Record<string, string[]> = {
    'BP-2024-01': [
      'land.planning-opinion',
      'land.contract',
      'approval.report',
      'approval.review',
      'approval.investment-plan',
      'design.commission',
      'design.documents',
      'design.ule-performance',
      'design.review',
    ],
    'BP-2024-06': [
      'land.policy-briefing',
      'land.agreement',
      'land.planning-opinion',
      'land.listing-publicity',
      'land.contract',
      'approval.report',
    ],
  };
  const asOf = parseCalendarDate('2025-06-30');
  for (const [code, items] of Object.entries(done))
    for (const itemId of items)
      await recordGateItem(store, actor, code, { itemId, note: '【演示】' }, asOf, now);
  return { heatingProjects: heating.length, buildingProjects: buildings.length };
}
