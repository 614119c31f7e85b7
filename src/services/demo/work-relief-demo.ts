/**
 * @module services/demo/work-relief-demo
 * Demo data of work relief (1336号) for two districts, 房山区 and 门头沟区, labelled like the rest:
 * their officials and a municipal reviewer, the annual plans, five projects (one post-disaster, one
 * completed with a maintenance job, one not yet started), workers with synthetic resident IDs and
 * cards (valid check characters, no real person), three months of attendance before the current
 * one, each month confirmed and paid to the workers' own cards once its pay day has passed (the
 * second month with one worker's wages left unpaid and one paid in cash with a reason), and a few
 * findings for the checks to show (an older worker, one not from a village, a key-post worker
 * not trained first, a funding document silent on work relief). Dates follow the seed's clock; written once.
 */
import { luhnOk, residentIdCheckChar } from '../../engine/identifiers.ts';
import { type CalendarDate, isoWeekday, shanghaiDate } from '../../engine/period.ts';
import { payDueOn } from '../../policies/jingfagai-2023-1336/facts.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { type Actor, createUser } from '../accounts/index.ts';
import {
  confirmWages,
  createProject,
  daysOf,
  enrolWorker,
  ledger,
  payWages,
  recordMaintenanceJob,
  recordTraining,
  registerWorker,
  saveAttendance,
  savePlan,
} from '../work-relief/index.ts';

/** The work-relief officials of the two demo districts and a municipal reviewer (五(二)). */
export const WORK_RELIEF_DEMO_USERS = [
  {
    username: 'demo-wr-fangshan',
    role: 'officer',
    department: 'fangshan-district',
    password: 'demo-wr-fangshan-2024',
    zh: '演示以工代赈经办人（房山区）',
    en: 'Demo work-relief officer (Fangshan)',
  },
  {
    username: 'demo-wr-mentougou',
    role: 'officer',
    department: 'mentougou-district',
    password: 'demo-wr-mentougou-2024',
    zh: '演示以工代赈经办人（门头沟区）',
    en: 'Demo work-relief officer (Mentougou)',
  },
  {
    username: 'demo-wr-review',
    role: 'reviewer',
    department: 'beijing-development-reform',
    password: 'demo-wr-review-2024',
    zh: '演示总结评估人员（市发展改革委）',
    en: 'Demo reviewer (Municipal Development and Reform)',
  },
] as const;

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭';
const GIVEN = [
  '建国',
  '秀英',
  '德福',
  '桂兰',
  '长林',
  '玉梅',
  '志强',
  '凤霞',
  '春生',
  '淑珍',
  '永胜',
  '丽华',
];

/** A synthetic resident ID: the district's area code, a birth date, a sequence, the check character. */
function demoId(area: string, i: number): string {
  const year = 1962 + ((i * 7) % 40);
  const body = `${area}${year}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i * 5) % 28)).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  return body + residentIdCheckChar(body);
}
/** A synthetic card that passes Luhn. */
function demoCard(serial: number): string {
  const body = `621799${String(serial).padStart(12, '0')}`;
  return `${body}${[...'0123456789'].find((d) => luhnOk(`${body}${d}`))}`;
}
/** The month `n` months before `period`. */
function monthsBefore(period: string, n: number): string {
  const m = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 - n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

interface DistrictPlan {
  readonly district: string;
  readonly area: string;
  readonly prefix: string;
  readonly plan: string;
  readonly villages: readonly string[];
  readonly projects: readonly Record<string, unknown>[];
}

function plans(year: number, start: CalendarDate, later: CalendarDate): DistrictPlan[] {
  const common = {
    year,
    stages: ['manual_labour', 'maintenance'],
    payDay: 15,
    governmentFunded: true,
    approvalStatesWorkRelief: true,
    fundingStatesWorkRelief: true,
  };
  return [
    {
      district: 'fangshan-district',
      area: '110111',
      prefix: 'FS',
      plan: `【演示】房山区${year}年以工代赈年度计划`,
      villages: ['青龙湖村', '二龙岗村', '大苑村'],
      projects: [
        {
          ...common,
          code: `FS-${year}-01`,
          name: '【演示】青龙湖镇村道路硬化工程',
          domain: 'transport',
          ownerUnit: '【演示】青龙湖镇人民政府',
          contractor: '【演示】青龙湖村股份经济合作社施工队',
          totalInvestment: '1800000',
          wageBudget: '360000',
          dailyRate: '200',
          startOn: start,
          status: 'in_progress',
          approvalDocRef: `【演示】房发改〔${year}〕18号`,
          fundingDocRef: `【演示】房财〔${year}〕40号`,
        },
        {
          ...common,
          code: `FS-${year}-02`,
          name: '【演示】大石河灾后河道治理工程',
          domain: 'water',
          postDisaster: true,
          ownerUnit: '【演示】房山区水务局',
          contractor: '【演示】大苑村施工队',
          totalInvestment: '2600000',
          wageBudget: '520000',
          dailyRate: '220',
          startOn: start,
          status: 'in_progress',
          approvalDocRef: `【演示】房发改〔${year}〕25号`,
          fundingDocRef: `【演示】房财〔${year}〕52号`,
          fundingStatesWorkRelief: false,
        },
        {
          ...common,
          code: `FS-${year}-03`,
          name: '【演示】二龙岗村人居环境整治',
          domain: 'rural_living',
          ownerUnit: '【演示】青龙湖镇人民政府',
          totalInvestment: '600000',
          wageBudget: '150000',
          dailyRate: '190',
          startOn: later,
          status: 'planned',
          approvalDocRef: `【演示】房发改〔${year}〕31号`,
        },
      ],
    },
    {
      district: 'mentougou-district',
      area: '110109',
      prefix: 'MTG',
      plan: `【演示】门头沟区${year}年以工代赈年度计划`,
      villages: ['爨底下村', '灵水村', '马栏村'],
      projects: [
        {
          ...common,
          code: `MTG-${year}-01`,
          name: '【演示】斋堂镇古村落步道修复',
          domain: 'culture_tourism',
          ownerUnit: '【演示】斋堂镇人民政府',
          contractor: '【演示】灵水村股份经济合作社施工队',
          totalInvestment: '1500000',
          wageBudget: '300000',
          dailyRate: '210',
          startOn: start,
          status: 'in_progress',
          approvalDocRef: `【演示】门发改〔${year}〕9号`,
          fundingDocRef: `【演示】门财〔${year}〕21号`,
        },
        {
          ...common,
          code: `MTG-${year}-02`,
          name: '【演示】马栏村生态林抚育',
          domain: 'forestry',
          ownerUnit: '【演示】门头沟区园林绿化局',
          contractor: '【演示】马栏村施工队',
          totalInvestment: '800000',
          wageBudget: '200000',
          dailyRate: '200',
          startOn: start,
          status: 'completed',
          approvalDocRef: `【演示】门发改〔${year}〕12号`,
          fundingDocRef: `【演示】门财〔${year}〕26号`,
        },
      ],
    },
  ];
}

/** Writes the demo once (a database that already has work-relief projects is left alone). */
export async function seedWorkReliefDemo(store: Store, actor: Actor, now: Date): Promise<void> {
  for (const u of WORK_RELIEF_DEMO_USERS) {
    if (await findUserByUsername(store.db, u.username)) continue;
    await createUser(
      store,
      actor,
      {
        username: u.username,
        password: u.password,
        role: u.role,
        department: u.department,
        displayNameZh: u.zh,
        displayNameEn: u.en,
      },
      now,
    );
  }
  if (await store.db.selectFrom('wr_projects').select('id').limit(1).executeTakeFirst()) return;
  const today = shanghaiDate(now);
  const months = [3, 2, 1].map((n) => monthsBefore(today.slice(0, 7), n));
  const first = `${months[0]}-01` as CalendarDate;
  const later = `${monthsBefore(today.slice(0, 7), -2)}-01` as CalendarDate;
  const year = Number(first.slice(0, 4));
  let n = 0;
  for (const d of plans(year, first, later)) {
    await savePlan(
      store,
      actor,
      {
        district: d.district,
        year,
        title: d.plan,
        documentRef: `【演示】${d.prefix}政办发〔${year}〕3号`,
        approvedOn: `${year}-01-20`,
      },
      now,
    );
    const projectIds: number[] = [];
    for (const p of d.projects)
      projectIds.push((await createProject(store, actor, { ...p, district: d.district }, now)).id);
    // Eight workers per district: the first three on the second project, the rest on the first.
    const workers: number[] = [];
    for (let i = 0; i < 8; i++, n++) {
      const w = await registerWorker(
        store,
        actor,
        {
          district: d.district,
          name: `【演示】${SURNAMES.charAt(n % SURNAMES.length)}${GIVEN[n % GIVEN.length]}`,
          residentId: demoId(d.area, n),
          town: d.prefix === 'FS' ? '青龙湖镇' : '斋堂镇',
          village: d.villages[i % d.villages.length],
          collective: `${d.villages[i % d.villages.length]}股份经济合作社`,
          team: i < 4 ? `${d.villages[0]}施工队` : null,
          beijingRural: !(d.prefix === 'FS' && i === 7),
          priorityGroups:
            i % 3 === 0 ? ['limited_income'] : i === 4 ? ['disaster_relief', 'unable_to_work_away'] : [],
          bankCard: demoCard(n),
          bankName: '【演示】农村商业银行',
        },
        now,
      );
      workers.push(w.worker.id);
    }
    const teams = [workers.slice(3), workers.slice(0, 3)];
    for (const [k, team] of teams.entries()) {
      const pid = projectIds[k]!;
      for (const [i, wid] of team.entries())
        await enrolWorker(
          store,
          actor,
          pid,
          { workerId: wid, post: i === 0 ? '班组长' : '普工', keyPost: i === 0, joinedOn: first },
          now,
        );
      // 培训+上岗: safety training on the first day, except for one key-post worker in 门头沟 (a finding).
      const trained = d.prefix === 'MTG' && k === 0 ? team.slice(1) : team;
      await recordTraining(
        store,
        actor,
        pid,
        {
          title: '【演示】岗前安全生产培训和技术交底',
          kind: 'skills_safety',
          heldOn: first,
          hours: 4,
          trainer: '【演示】施工单位安全员',
          beforeJob: '道路、河道施工',
          workerIds: trained,
        },
        now,
      );
      const entries = months.flatMap((m) =>
        team.flatMap((wid, i) =>
          daysOf(m)
            .filter((day) => isoWeekday(day) !== 7 && day <= today)
            .map((day) => ({ workerId: wid, day, halfDays: (Number(day.slice(8)) + i) % 9 === 0 ? 1 : 2 })),
        ),
      );
      await saveAttendance(store, actor, pid, { entries }, now);
      for (const [mi, m] of months.entries()) {
        // A month is settled once its pay day has passed; before that it stays open (not a finding).
        if (payDueOn(m, 15) >= today) continue;
        const l = await ledger(store, actor, pid, m, now);
        const next = monthsBefore(m, -1);
        for (const [i, line] of l.lines.entries()) {
          await confirmWages(
            store,
            actor,
            pid,
            {
              workerId: line.workerId,
              period: m,
              amount: line.due,
              method: i % 2 === 0 ? 'signature' : 'fingerprint',
              confirmedOn: `${next}-02`,
            },
            now,
          );
          if (mi === 1 && k === 0 && i === 1) continue; // left unpaid: arrears for the checks
          const cash = mi === 1 && d.prefix === 'MTG' && k === 0 && i === 2;
          const paid = { workerId: line.workerId, period: m, amount: line.due, paidOn: `${next}-10` };
          await payWages(
            store,
            actor,
            pid,
            cash
              ? { ...paid, method: 'cash', exceptionReason: '【演示】本人银行卡挂失补办中' }
              : {
                  ...paid,
                  bankCard: demoCard(n - 8 + workers.indexOf(line.workerId)),
                  paymentRef: `【演示】${d.prefix}-${m}-${i + 1}`,
                },
            now,
          );
        }
      }
    }
    if (d.prefix === 'MTG')
      await recordMaintenanceJob(
        store,
        actor,
        projectIds[1]!,
        { title: '【演示】生态林日常管护员', startsOn: today, workerId: teams[1]![0] },
        now,
      );
  }
}
