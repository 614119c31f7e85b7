/**
 * @module services/green
 * The green low-carbon fund (京技管发〔2023〕31号) on the platform: match, applications, grants
 * without application, awards (payment, clawback), notices, budget and configured parameters.
 */
export * from './applications.ts';
export * from './awards.ts';
export * from './budget.ts';
export * from './grants.ts';
export * from './match.ts';
export * from './parameters.ts';
