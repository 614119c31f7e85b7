/**
 * @module services/demo
 * Pure, deterministic generators of a clearly labelled synthetic E-Town (enterprises and demo
 * accounts). Writing them to the database is the seeding command's job; nothing here does I/O.
 */
export {
  DEMO_AREA_SHARES,
  DEMO_DEFAULTS,
  type DemoEnterprise,
  type EnterpriseScale,
  generateDemoEnterprises,
  orgCodeCheck,
  type PerformanceGrade,
  type SrdiStatus,
} from './demo-enterprises.ts';
export {
  DEMO_ROLES,
  DEMO_USERS,
  type DemoRole,
  type DemoUser,
  demoUsers,
  pickDemoEnterprise,
} from './demo-users.ts';
export { mulberry32, Random } from './random.ts';
export {
  DEMO_INDUSTRIES,
  DEMO_LABEL,
  DEMO_NAME_PREFIX,
  type DemoArea,
  type DemoIndustry,
  ETDZ_60_BOX,
  ETDZ_REGION_CODE,
  type GeoBox,
  INVESTOR_COUNTRIES,
  inBox,
  OUTSIDE_DISTRICTS,
  type OutsideDistrict,
  YIZHUANG_225_BOX,
} from './vocabulary.ts';
