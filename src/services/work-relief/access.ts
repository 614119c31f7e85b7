/**
 * @module services/work-relief/access
 * Who reaches which district's work relief (D-1336-11). 1336号 四 makes each district government
 * "推进以工代赈工作的主体": a district's officials (users of its department, kind `district`, or of
 * the E-Town administrative committee the circular also addresses) keep and read their own district
 * only. 五(二) gives the annual review to the development-reform and agriculture bureaus: the
 * municipal ones read every district (read and review only, never write). Administrators and the
 * system reach everything. Everyone else is refused.
 */
import { ZhengceError } from '../../engine/errors.ts';
import { DEPARTMENTS, getDepartment } from '../../policies/departments.ts';
import { type Actor, authorize, type Permission } from '../accounts/index.ts';

/** The bodies that run work relief: the sixteen districts and the E-Town administrative committee. */
export const IMPLEMENTING_UNITS: readonly string[] = [
  ...DEPARTMENTS.filter((d) => d.kind === 'district').map((d) => d.code),
  'etdz-administrative-committee',
];
/** 五(二): the municipal bureaus that review every district. */
export const MUNICIPAL_REVIEWERS: readonly string[] = [
  'beijing-development-reform',
  'beijing-agriculture-rural',
];
const READ_ONLY: readonly Permission[] = ['work-relief.read', 'work-relief.review'];

/** Every district (`all`) or one. */
export type Reach = { readonly all: true } | { readonly all: false; readonly district: string };

/** What the actor reaches with `permission`; throws `ZC_ERR_UNAUTHENTICATED` / `ZC_ERR_FORBIDDEN`. */
export function reach(actor: Actor, permission: Permission): Reach {
  authorize(actor, permission);
  if (actor.kind !== 'user' || actor.role === 'admin') return { all: true };
  const dept = actor.department;
  if (dept !== null && IMPLEMENTING_UNITS.includes(dept)) return { all: false, district: dept };
  if (dept !== null && MUNICIPAL_REVIEWERS.includes(dept) && READ_ONLY.includes(permission))
    return { all: true };
  throw new ZhengceError(
    'ZC_ERR_FORBIDDEN',
    `${permission} is for the districts' work-relief officials (and, to read, the municipal development-reform and agriculture bureaus); department ${dept ?? 'none'} is neither`,
    {
      field: 'department',
      value: dept,
      messageZh: `无权执行 ${permission}：以工代赈由各区负责（市发展改革委、市农业农村局可查阅），部门 ${dept ?? '（无）'} 不在其列`,
    },
  );
}

/** Throws unless the actor may use `permission` on `district`'s resources. */
export function authorizeDistrict(actor: Actor, permission: Permission, district: string): void {
  const r = reach(actor, permission);
  if (!r.all && r.district !== district) authorize(actor, permission, { department: district });
}

/** Checks a district code given as input: one of the implementing units. */
export function districtCode(value: unknown, field = 'district'): string {
  if (typeof value === 'string' && IMPLEMENTING_UNITS.includes(value)) return value;
  const byName =
    typeof value === 'string'
      ? DEPARTMENTS.find((d) => d.name.zh === value.trim() && IMPLEMENTING_UNITS.includes(d.code))
      : undefined;
  if (byName) return byName.code;
  throw new ZhengceError(
    'ZC_ERR_INVALID_INPUT',
    `${field}: ${JSON.stringify(value)} is not a district that runs work relief`,
    {
      field,
      value,
      messageZh: `${field}：${JSON.stringify(value)} 不是实施以工代赈的区`,
    },
  );
}

/** The district a write goes to: the actor's own, or the one given (administrators, the system). */
export function writeDistrict(actor: Actor, given: unknown, permission: Permission): string {
  const r = reach(actor, permission);
  if (!r.all) {
    if (given !== undefined && given !== null && given !== '' && districtCode(given) !== r.district)
      authorize(actor, permission, { department: districtCode(given) });
    return r.district;
  }
  return districtCode(given);
}

/** A district's name in both languages. */
export function districtName(code: string): { zh: string; en: string } {
  return getDepartment(code).name;
}
