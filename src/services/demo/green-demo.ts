/**
 * @module services/demo/green-demo
 * Demo data of the green low-carbon fund (31号), labelled like the rest: the bureaus' standing
 * records of every demo enterprise (a few with a recent major penalty), officials of the three
 * bureaus, applications in several states (filed, under review, approved and paid), and two
 * 免申即享 lists with their grant runs (one approved, one awaiting approval). Deterministic, and
 * written once: a database that already has applications is left alone.
 */
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import {
  approveApplication,
  createApplication,
  decideRun,
  importGrantList,
  recordPayment,
  runGrants,
  transition,
  updateApplication,
} from '../green/index.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';

/** Officials of the fund's bureaus (第三章 二（二）), besides the one-per-role demo users. */
export const GREEN_DEMO_USERS = [
  {
    username: 'demo-green-officer',
    role: 'officer',
    department: 'city-operations',
    password: 'demo-green-officer-2024',
    zh: '演示经办人（城市运行局）',
    en: 'Demo case officer (City Operations Bureau)',
  },
  {
    username: 'demo-green-reviewer',
    role: 'reviewer',
    department: 'city-operations',
    password: 'demo-green-reviewer-2024',
    zh: '演示复核人（城市运行局）',
    en: 'Demo reviewer (City Operations Bureau)',
  },
  {
    username: 'demo-energy-officer',
    role: 'officer',
    department: 'economic-development',
    password: 'demo-energy-officer-2024',
    zh: '演示经办人（经济发展局）',
    en: 'Demo case officer (Economic Development Bureau)',
  },
  {
    username: 'demo-building-officer',
    role: 'officer',
    department: 'development-construction',
    password: 'demo-building-officer-2024',
    zh: '演示经办人（开发建设局）',
    en: 'Demo case officer (Development and Construction Bureau)',
  },
] as const;

/** A small deterministic hash of a credit code, 0–99. */
function bucket(code: string): number {
  let h = 0;
  for (const c of code) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return h % 100;
}

/** The standing record the bureaus keep for a demo enterprise: 4 in 100 had a major penalty. */
export function demoStanding(code: string) {
  const b = bucket(code);
  return {
    registeredTaxedAndInStatistics: true,
    majorAdministrativePenaltyWithin3Years: b < 4,
    criminalRecordWithin3Years: false,
    onSeriousDishonestyList: false,
    majorSafetyAccidentWithin3Years: false,
    environmentalIncidentWithin3Years: b === 4,
    checkedOn: '2026-01-05',
  };
}

const PAID = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
};
const ALL = ['licence', 'credit_commitment', 'application_form', 'contracts', 'invoices', 'completion'];
const provided = (keys: readonly string[]) =>
  keys.map((key) => ({ key, provided: true, note: `${key}.pdf` }));

/** Writes the fund's demo workflow once; returns what it wrote. */
export async function seedGreenDemo(
  store: Store,
  actor: Actor,
  enterprises: readonly DemoEnterprise[],
  applicant: string | undefined,
  now: Date,
): Promise<{ applications: number; grantRuns: number }> {
  const any = await store.db.selectFrom('green_applications').select('id').limit(1).executeTakeFirst();
  if (any) return { applications: 0, grantRuns: 0 };
  const clean = (area: string) =>
    enterprises.filter(
      (e) => e.area === area && !demoStanding(e.creditCode).majorAdministrativePenaltyWithin3Years,
    );
  const core = clean('etdz_60');
  const town = clean('yizhuang_225');
  const first = applicant ?? core[0]!.creditCode;
  const others = core.filter((e) => e.creditCode !== first);

  // The demo enterprise user's own: a VOCs retrofit submitted, an online-monitoring draft.
  const voc = await createApplication(
    store,
    actor,
    {
      creditCode: first,
      item: 1,
      projectRef: 'VOC-2025-01',
      projectName: '【演示】喷涂车间VOCs深度治理',
      facts: {
        enterprise: true,
        airPollutant: 'vocs',
        paymentExcludingTax: '860000',
        usesHighTechProduct: true,
        usesFirstSet: false,
        ...PAID,
      },
      materials: provided(ALL),
    },
    now,
  );
  await transition(store, actor, voc.id, 'submit', {}, now);
  await createApplication(
    store,
    actor,
    {
      creditCode: first,
      item: 4,
      projectRef: 'CEMS-2025-02',
      projectName: '【演示】废气在线监控安装',
      facts: {},
    },
    now,
  );
  // Another enterprise's boiler replacement: reviewed, approved and paid.
  const boiler = await createApplication(
    store,
    actor,
    {
      creditCode: others[0]!.creditCode,
      item: 3,
      projectRef: 'GL-2024-03',
      projectName: '【演示】燃气锅炉整体更换',
      facts: {
        unitType: 'enterprise',
        boilerCompletedOn: '2014-09-30',
        wholeBoilerReplaced: true,
        noxAfterMgPerM3: '24.5',
        acceptanceRequirementsMet: true,
        paymentExcludingTax: '1200000',
        usesHighTechProduct: false,
        usesFirstSet: true,
        ...PAID,
      },
      materials: provided([...ALL, 'boiler_acceptance']),
    },
    now,
  );
  await transition(store, actor, boiler.id, 'submit', {}, now);
  await transition(store, actor, boiler.id, 'start_review', {}, now);
  await approveApplication(store, actor, boiler.id, {}, now);
  const award = await store.db
    .selectFrom('green_awards')
    .select('id')
    .where('application_id', '=', boiler.id)
    .executeTakeFirstOrThrow();
  await recordPayment(store, actor, award.id, { paymentRef: '【演示】CZ-2026-0001' }, now);
  // A third under review with more material requested.
  const pv = await createApplication(
    store,
    actor,
    {
      creditCode: others[1]!.creditCode,
      item: 17,
      projectRef: 'PV-2025-04',
      projectName: '【演示】屋顶分布式光伏',
      facts: {},
    },
    now,
  );
  await updateApplication(store, actor, pv.id, { materials: provided(ALL) }, now).catch(() => undefined);

  // 免申即享: green construction sites (开发建设局), approved; energy-saving retrofits (经济发展局), draft.
  const sites = [...town.slice(0, 5), ...others.slice(2, 5)];
  const siteCsv = [
    'creditCode,projectRef,projectName,greenSafeSiteTitle,modelSiteTitle,penalisedForEnvironmentalIssues,municipalWrittenNoticeForEnvironmentalIssues,siteCompleted,projectLocation',
    ...sites.map(
      (e, i) =>
        `${e.creditCode},[2025]施建字${String(100 + i).padStart(4, '0')}号,【演示】${e.name.replace(/^【演示】/, '')}厂区工地,是,${i % 3 === 0 ? '是' : '否'},否,否,${i === 7 ? '否' : '是'},${e.area}`,
    ),
  ].join('\n');
  const siteList = await importGrantList(
    store,
    actor,
    {
      kind: 'green-construction-site',
      title: '【演示】2025年度北京市绿色安全工地名单',
      data: Buffer.from(siteCsv),
      format: 'csv',
      sourceName: 'demo',
    },
    now,
  );
  const siteRun = await runGrants(store, actor, { listIds: [siteList.listId], asOf: '2026-01-15' }, now);
  await decideRun(store, actor, siteRun.id, { decision: 'approve' }, now);
  const retrofits = others.slice(5, 11);
  const retrofitCsv = [
    'creditCode,projectRef,projectName,enterprise,retrofitOfExistingProcessOrEquipment,sector,energySavedTce,drcFinalReviewPassed,publicised,projectCompleted,paidIncludingTax,totalInvestmentIncludingTax,threeSimultaneousProject,dataCentre,builtWithGovernmentFunds',
    ...retrofits.map(
      (e, i) =>
        `${e.creditCode},JN-2025-${String(i + 1).padStart(2, '0')},【演示】${['空压站', '余热回收', '电机系统', '锅炉', '照明', '供热管网'][i]}节能改造,是,是,${i % 2 === 0 ? 'industrial' : 'non_industrial'},${[1250.5, 320, 86.25, 2100, 45, 610][i]},是,是,是,1130000,${i === 4 ? '1300000' : '1130000'},否,否,否`,
    ),
  ].join('\n');
  const retrofitList = await importGrantList(
    store,
    actor,
    {
      kind: 'energy-saving-retrofit',
      title: '【演示】2025年节能减碳技改项目审核公示名单',
      data: Buffer.from(retrofitCsv),
      format: 'csv',
      sourceName: 'demo',
    },
    now,
  );
  await runGrants(store, actor, { listIds: [retrofitList.listId], asOf: '2026-01-15' }, now);
  return { applications: 4, grantRuns: 2 };
}
