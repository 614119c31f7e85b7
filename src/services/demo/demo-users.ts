/**
 * @module services/demo/demo-users
 * One demo account per signed-in role, with a documented password for the README. `public` is
 * anonymous and has no account. The accounts service hashes these passwords when it seeds them;
 * they are for demo databases only: never seed them into a production database.
 */
import type { Bilingual } from '../../engine/messages.ts';
import { getDepartment } from '../../policies/departments.ts';
import { type DemoEnterprise, generateDemoEnterprises } from './demo-enterprises.ts';

/** The roles that sign in. */
export type DemoRole = 'admin' | 'officer' | 'reviewer' | 'command_office' | 'enterprise';
/** Every role of {@link DemoRole}, in a stable order. */
export const DEMO_ROLES: readonly DemoRole[] = [
  'admin',
  'officer',
  'reviewer',
  'command_office',
  'enterprise',
];

/** A demo account. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: Bilingual;
  readonly role: DemoRole;
  /** A code of `policies/departments.ts`; null for the enterprise user. */
  readonly departmentCode: string | null;
  /** The enterprise the enterprise user acts for; null for officials. */
  readonly creditCode: string | null;
  /** Published in the README; demo databases only. */
  readonly password: string;
}

/**
 * The enterprise the demo enterprise user acts for: the first in the list inside the 60 km² core
 * that is high-tech and a Beijing SRDI enterprise (so 31号 and 32号 both have something to show),
 * else the first in the core, else the first.
 */
export function pickDemoEnterprise(enterprises: readonly DemoEnterprise[]): DemoEnterprise | undefined {
  const core = enterprises.filter((e) => e.area === 'etdz_60');
  return (
    core.find((e) => e.flags.highTech && e.flags.srdi === 'beijing_srdi' && !e.foreignInvested) ??
    core[0] ??
    enterprises[0]
  );
}

/** The demo accounts for a generated enterprise list (the enterprise user needs one of them). */
export function demoUsers(enterprises: readonly DemoEnterprise[]): DemoUser[] {
  const ent = pickDemoEnterprise(enterprises);
  const official = (
    role: DemoRole,
    username: string,
    departmentCode: string,
    zh: string,
    en: string,
    password: string,
  ): DemoUser => {
    const dept = getDepartment(departmentCode).name;
    return {
      username,
      displayName: { zh: `${zh}（${dept.zh}）`, en: `${en} (${dept.en})` },
      role,
      departmentCode,
      creditCode: null,
      password,
    };
  };
  const users: DemoUser[] = [
    official(
      'admin',
      'demo-admin',
      'party-government-office',
      '演示管理员',
      'Demo administrator',
      'demo-admin-2024',
    ),
    official(
      'officer',
      'demo-officer',
      'sci-tech-innovation',
      '演示经办人',
      'Demo case officer',
      'demo-officer-2024',
    ),
    official(
      'reviewer',
      'demo-reviewer',
      'finance-audit',
      '演示复核人',
      'Demo reviewer',
      'demo-reviewer-2024',
    ),
    // 29号 一（一）: 指挥部办公室设在城市运行局.
    official(
      'command_office',
      'demo-command',
      'city-operations',
      '演示指挥部办公室值班员',
      'Demo duty officer, pollution command office',
      'demo-command-2024',
    ),
  ];
  if (ent) {
    users.push({
      username: 'demo-enterprise',
      displayName: { zh: `演示企业用户（${ent.name}）`, en: `Demo enterprise user (${ent.nameEn})` },
      role: 'enterprise',
      departmentCode: null,
      creditCode: ent.creditCode,
      password: 'demo-enterprise-2024',
    });
  }
  return users;
}

/** The demo accounts for the default enterprises (`generateDemoEnterprises()`). */
export const DEMO_USERS: readonly DemoUser[] = demoUsers(generateDemoEnterprises());
