/**
 * @module services/accounts/actor
 * Who is calling: a signed-in user, an anonymous member of the public, or the system itself (the
 * CLI run by an operator on the server, migrations, the demo seed).
 */

/** The roles of issue #2: administrator, department officer, reviewer, command office, enterprise user. */
export const ROLES = ['admin', 'officer', 'reviewer', 'command_office', 'enterprise'] as const;
export type Role = (typeof ROLES)[number];

/** Bilingual names of the roles, plus the anonymous public. */
export const ROLE_NAMES: Readonly<Record<Role | 'public', { zh: string; en: string }>> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  officer: { zh: '部门工作人员', en: 'Department officer' },
  reviewer: { zh: '审核人员', en: 'Reviewer' },
  command_office: { zh: '指挥部办公室', en: 'Command office' },
  enterprise: { zh: '企业用户', en: 'Enterprise user' },
  public: { zh: '公众（未登录）', en: 'Public (not signed in)' },
};

export interface UserActor {
  readonly kind: 'user';
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  /** The department the user works in (officers, reviewers, command office). */
  readonly department: string | null;
  /** The one enterprise an enterprise user acts for. */
  readonly creditCode: string | null;
}
export interface AnonymousActor {
  readonly kind: 'anonymous';
}
export interface SystemActor {
  readonly kind: 'system';
  /** What acted, e.g. `cli:user-create`, `demo-seed`. */
  readonly name: string;
}
export type Actor = UserActor | AnonymousActor | SystemActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

/** The actor as the audit log names it. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.username}`;
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return `system:${actor.name}`;
  }
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
