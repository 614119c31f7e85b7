/**
 * @module services/work-relief
 * Work relief (以工代赈, 京发改〔2023〕1336号) on the platform: the districts' annual plans and
 * projects, the real-name register and rosters, daily attendance, the wage ledger with the worker's
 * confirmation and payment to his own card, training and maintenance jobs, the checks as rules, and
 * the annual review — each district its own, the municipal bureaus reading all (access.ts).
 */
export * from './access.ts';
export * from './attendance.ts';
export * from './attendance-import.ts';
export * from './checks.ts';
export * from './export-lists.ts';
export * from './exports.ts';
export * from './ledger.ts';
export * from './payments.ts';
export * from './plans.ts';
export * from './projects.ts';
export * from './review.ts';
export * from './roster.ts';
export * from './training.ts';
export * from './vocabulary.ts';
export * from './worker-import.ts';
export * from './workers.ts';
