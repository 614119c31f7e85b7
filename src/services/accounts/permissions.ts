/**
 * @module services/accounts/permissions
 * Who may do what, and over which scope. Every service call names a permission and, where the
 * resource belongs to a department or an enterprise, that scope; `authorize` refuses anything
 * else. Later modules add their permissions here so the whole matrix stays in one table.
 */
import { ZhengceError } from '../../engine/errors.ts';
import type { Actor, Role } from './actor.ts';

/** The permissions of the platform and the roles that hold them. `public` includes anonymous callers. */
export const PERMISSIONS = {
  'policies.read': ['public', 'admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  'rules.evaluate': ['public', 'admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  'departments.read': ['public', 'admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  'enterprises.read': ['admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  'enterprises.write': ['admin', 'officer'],
  'users.read': ['admin', 'officer', 'reviewer', 'command_office'],
  'users.manage': ['admin'],
  'tokens.own': ['admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  'audit.read': ['admin', 'reviewer'],
  'audit.verify': ['admin'],
  'alerts.read': ['admin', 'officer', 'reviewer', 'command_office'],
  'alerts.manage': ['admin', 'command_office'],
  'air-lists.manage': ['admin', 'command_office', 'officer'],
  'notices.own': ['admin', 'officer', 'reviewer', 'command_office', 'enterprise'],
  // Green low-carbon fund (31号): enterprises apply for themselves; the responsible bureau's
  // officers review and run grants, its reviewers approve, reject and claw back; the finance
  // bureau (or the responsible bureau) records payments; every official reads the budget.
  'green.read': ['admin', 'officer', 'reviewer', 'enterprise'],
  'green.apply': ['admin', 'enterprise'],
  'green.review': ['admin', 'officer', 'reviewer'],
  'green.approve': ['admin', 'reviewer'],
  'green.pay': ['admin', 'officer', 'reviewer'],
  'green.clawback': ['admin', 'reviewer'],
  'green.grants': ['admin', 'officer'],
  'green.grants.approve': ['admin', 'reviewer'],
  'green.budget': ['admin', 'officer', 'reviewer'],
  'green.parameters': ['admin', 'reviewer'],
  // Work relief (1336号): each district (its officers) keeps its plans, projects, real-name
  // workers, attendance, wage ledger and training; the district's and the municipal development-
  // reform and agriculture bureaus' officials read and review (五(二)). Scope: services/work-relief.
  'work-relief.read': ['admin', 'officer', 'reviewer'],
  'work-relief.manage': ['admin', 'officer'],
  'work-relief.pay': ['admin', 'officer'],
  'work-relief.review': ['admin', 'officer', 'reviewer'],
  // New-energy heating (1309号): the department that supervises a project's operation (市城市管理委
  // by default, 七(一)) keeps its projects; the operating enterprise reports its own readings; the
  // statistics bureau (市统计局, 七(一)) enters the city's yearly figures. Green buildings (30号 七):
  // every official reads the projects and their checklists; a department's officers record only the
  // items of their department; the registering department keeps the project. Targets: officials.
  'heating.read': ['admin', 'officer', 'reviewer', 'enterprise'],
  'heating.manage': ['admin', 'officer'],
  'heating.readings': ['admin', 'officer', 'enterprise'],
  'heating.figures': ['admin', 'officer'],
  'buildings.read': ['admin', 'officer', 'reviewer', 'enterprise'],
  'buildings.manage': ['admin', 'officer'],
  'buildings.record': ['admin', 'officer'],
  'targets.read': ['admin', 'officer', 'reviewer'],
  // Foreign-investment services (28号): 营商合作局's officers keep the files, lists, roundtable,
  // supervision and push (scope: services/enterprise-service/access.ts); its reviewers read; an
  // enterprise user reads its own file, raises its own requests and reads its notices.
  'fie.read': ['admin', 'officer', 'reviewer', 'enterprise'],
  'fie.raise': ['admin', 'officer', 'enterprise'],
  'fie.manage': ['admin', 'officer'],
  'fie.supervise': ['admin', 'officer'],
} as const satisfies Record<string, readonly (Role | 'public')[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The resource a call touches, when it belongs to someone. */
export interface Scope {
  /** The department that owns the resource. Officers, reviewers and the command office reach only their own. */
  readonly department?: string | null;
  /** The enterprise the resource belongs to. Enterprise users reach only their own. */
  readonly creditCode?: string | null;
}

/** True when the actor holds the permission (ignoring scope). */
export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  const roles: readonly string[] = PERMISSIONS[permission];
  if (roles.includes('public')) return true;
  return actor.kind === 'user' && roles.includes(actor.role);
}

/**
 * Throws unless the actor may perform `permission` on a resource in `scope`:
 * `ZC_ERR_UNAUTHENTICATED` for an anonymous caller who must sign in, `ZC_ERR_FORBIDDEN` otherwise.
 * Administrators and the system reach every scope.
 */
export function authorize(actor: Actor, permission: Permission, scope: Scope = {}): void {
  if (!can(actor, permission)) {
    if (actor.kind === 'anonymous') {
      throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', `sign in to ${permission}`, {
        messageZh: `请先登录（${permission}）`,
      });
    }
    throw forbidden(permission, actor.kind === 'user' ? `role ${actor.role}` : 'caller');
  }
  if (actor.kind !== 'user' || actor.role === 'admin') return;
  if (scope.creditCode !== undefined && scope.creditCode !== null && actor.role === 'enterprise') {
    if (actor.creditCode !== scope.creditCode)
      throw forbidden(permission, `enterprise ${scope.creditCode}`, 'creditCode', scope.creditCode);
  }
  if (scope.department !== undefined && scope.department !== null && actor.role !== 'enterprise') {
    if (actor.department !== scope.department)
      throw forbidden(permission, `department ${scope.department}`, 'department', scope.department);
  }
  if (actor.role === 'enterprise' && scope.department !== undefined && scope.creditCode === undefined) {
    throw forbidden(permission, `department ${scope.department}`, 'department', scope.department);
  }
}

function forbidden(permission: string, what: string, field?: string, value?: unknown): ZhengceError {
  return new ZhengceError('ZC_ERR_FORBIDDEN', `${permission} is not allowed for ${what}`, {
    ...(field === undefined ? {} : { field, value }),
    messageZh: `无权执行 ${permission}（${what}）`,
  });
}
