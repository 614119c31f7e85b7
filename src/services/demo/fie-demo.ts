/**
 * @module services/demo/fie-demo
 * Demo data for foreign-investment services (28号): two officers of 营商合作局 (a dedicated officer
 * and a 企业管家), an enterprise user, files for the first four foreign-invested demo enterprises
 * (synthetic contacts, credit facts), list items in several states and a roundtable item in 协同商办,
 * dated from the clock, and on the first file a match profile (31号 item 1 on a completed VOCs
 * project, 32号 第五条 rent) so that the precise push writes notices on a fresh demo database.
 * Written once: files that exist are left alone.
 */
import { addDays, type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { type Actor, createUser } from '../accounts/index.ts';
import * as fie from '../enterprise-service/index.ts';
import type { DemoEnterprise } from './demo-enterprises.ts';

export const FIE_DEMO_USERS = [
  {
    username: 'demo-fie-officer',
    role: 'officer',
    department: 'business-cooperation',
    creditCode: null,
    password: 'demo-fie-officer-2024',
    zh: '演示外企服务专员（营商合作局）',
    en: 'Demo FIE service officer (Business Cooperation Bureau)',
  },
  {
    username: 'demo-fie-steward',
    role: 'officer',
    department: 'business-cooperation',
    creditCode: null,
    password: 'demo-fie-steward-2024',
    zh: '演示企业管家（营商合作局）',
    en: 'Demo enterprise steward (Business Cooperation Bureau)',
  },
] as const;
export const FIE_DEMO_ENTERPRISE_USER = {
  username: 'demo-fie-enterprise',
  role: 'enterprise',
  password: 'demo-fie-enterprise-2024',
  zh: '演示外资企业用户',
  en: 'Demo foreign-invested enterprise user',
} as const;

const CLEAN = {
  seriousDishonestyList: false,
  abnormalOperationsList: false,
  majorPenaltiesWithin3Years: 0,
  penaltiesWithin1Year: 0,
  taxCreditGrade: 'A',
  safetyOrEnvironmentalIncidentWithin3Years: false,
  hazardousOperations: false,
  substantiatedComplaintsWithin1Year: 0,
};

/**
 * The first demo file's match profile (31号 match, read by push): 第二章 facts of the enterprise, a
 * completed VOCs project for 31号 item 1 (in force from 2023-11-24, no end) and a leased office for
 * 32号 第五条 (in force to 2025-12-31), so at least one in-force item always matches.
 */
export const FIE_DEMO_MATCH_PROFILE = {
  enterprise: {
    location: 'etdz_60',
    registeredTaxedAndInStatistics: true,
    majorAdministrativePenaltyWithin3Years: false,
    criminalRecordWithin3Years: false,
    onSeriousDishonestyList: false,
    majorSafetyAccidentWithin3Years: false,
    environmentalIncidentWithin3Years: false,
  },
  projects: [
    {
      id: 'vocs',
      name: '【演示】VOCs 治理改造',
      facts: {
        projectCompleted: true,
        paidIncludingTax: '1130000',
        totalInvestmentIncludingTax: '1130000',
        threeSimultaneousProject: false,
        dataCentre: false,
        builtWithGovernmentFunds: false,
        usesHighTechProduct: false,
        usesFirstSet: false,
      },
      candidates: [
        { item: 1, facts: { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: '1000000' } },
      ],
    },
    {
      id: 'rent',
      name: '【演示】研发办公用房租金',
      candidates: [
        {
          item: 'jingjiguanfa-2023-32/art-05-rent',
          facts: {
            location: 'yizhuang_225',
            inInnovationGrowthPlan: true,
            beijingSrdiSme: true,
            rentPerSqmPerDay: '2.00',
            leasedAreaSqm: 300,
            subsidisedDays: 365,
          },
        },
      ],
    },
  ],
};

/** The foreign-invested demo enterprises given a file (the first four). */
export function fieDemoEnterprises(enterprises: readonly DemoEnterprise[]): DemoEnterprise[] {
  return enterprises.filter((e) => e.foreignInvested).slice(0, 4);
}

export async function seedFieDemo(
  store: Store,
  actor: Actor,
  enterprises: readonly DemoEnterprise[],
  now: Date,
): Promise<{ files: number; items: number }> {
  const firms = fieDemoEnterprises(enterprises);
  for (const u of FIE_DEMO_USERS) {
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
  const first = firms[0];
  if (first && !(await findUserByUsername(store.db, FIE_DEMO_ENTERPRISE_USER.username)))
    await createUser(
      store,
      actor,
      {
        username: FIE_DEMO_ENTERPRISE_USER.username,
        password: FIE_DEMO_ENTERPRISE_USER.password,
        role: FIE_DEMO_ENTERPRISE_USER.role,
        displayNameZh: FIE_DEMO_ENTERPRISE_USER.zh,
        displayNameEn: FIE_DEMO_ENTERPRISE_USER.en,
        creditCode: first.creditCode,
      },
      now,
    );
  const today = shanghaiDate(now);
  const back = (n: number): CalendarDate => addDays(today, -n);
  let files = 0;
  let items = 0;
  for (const [i, e] of firms.entries()) {
    const exists = await store.db
      .selectFrom('fie_files')
      .select('id')
      .where('credit_code', '=', e.creditCode)
      .executeTakeFirst();
    if (exists) continue;
    const chinese = e.investorCountry === 'HK' || e.investorCountry === 'TW' || e.investorCountry === 'MO';
    await fie.createFile(
      store,
      actor,
      {
        creditCode: e.creditCode,
        officer: 'demo-fie-officer',
        ...(i === 0 ? { steward: 'demo-fie-steward' } : {}),
        language: chinese ? 'zh' : 'en',
        sites: [{ name: '【演示】亦庄厂区', address: '北京经济技术开发区（演示地址）' }],
        keyProjects: i === 0 ? [{ name: '【演示】二期扩产项目', major: true }] : [],
        contacts: [{ name: '【演示】联系人', position: '总经理', phone: `1380000${String(1000 + i)}` }],
        ...(i === 0 ? { matchProfile: FIE_DEMO_MATCH_PROFILE } : {}),
      },
      now,
    );
    await fie.recordCreditFacts(
      store,
      actor,
      e.creditCode,
      i === 1 ? { ...CLEAN, hazardousOperations: true } : CLEAN,
      today,
      now,
    );
    files++;
    if (i === 0) {
      await fie.addVisit(
        store,
        actor,
        e.creditCode,
        { visitedOn: back(7), note: '【演示】定期走访，了解扩产用地需求' },
        now,
      );
      const raise = (kind: string, source: string, title: string, receivedOn: CalendarDate) =>
        fie.raiseItem(
          store,
          actor,
          { creditCode: e.creditCode, kind, source, title, receivedOn },
          today,
          now,
        );
      const step = (id: number, body: Record<string, unknown>) =>
        fie.stepItem(store, actor, id, body, today, now);
      const late = await raise('request', 'hotline', '【演示】外籍员工工作许可办理咨询', back(14));
      await step(late.id, { action: 'assign', owner: 'demo-fie-officer', workingDays: 5 });
      await step(late.id, { action: 'start' });
      await raise('problem', 'visit', '【演示】厂区周边道路拥堵', back(1));
      const vision = await raise('vision', 'mail', '【演示】希望开通国际学校班车', back(20));
      await step(vision.id, { action: 'assign', owner: 'demo-fie-steward', workingDays: 20 });
      await step(vision.id, { action: 'start' });
      await step(vision.id, { action: 'reply', reply: '【演示】已协调社会事业局研究开通' });
      const done = await raise('request', 'website', '【演示】政策兑现进度查询', back(30));
      await step(done.id, { action: 'assign', owner: 'demo-fie-officer', workingDays: 5 });
      await step(done.id, { action: 'start' });
      await step(done.id, { action: 'reply', reply: '【演示】资金已于本月拨付' });
      await step(done.id, { action: 'close' });
      const rt = await raise('roundtable', 'roundtable', '【演示】圆桌会议：人才公寓配租', back(3));
      await step(rt.id, {
        action: 'coordinate',
        departments: ['development-construction', 'social-affairs'],
        workingDays: 10,
      });
      items += 5;
    }
  }
  return { files, items };
}
