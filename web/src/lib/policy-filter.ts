/**
 * @module web/lib/policy-filter
 * The policy library's client-side filters: free text over numbers, titles and summaries; status;
 * and issuer type, read from the id (`jingfagai-` municipal, `jingjiguanfa-` E-Town).
 */
import type { PolicyStatus, PolicySummary } from '../api.ts';

export type IssuerType = 'municipal' | 'etown';
export const ISSUER_TYPES: readonly IssuerType[] = ['municipal', 'etown'];
export const STATUSES: readonly PolicyStatus[] = ['in_force', 'not_yet', 'expired', 'repealed'];

/** Municipal (市级, `jingfagai-…`) or E-Town (经开区, `jingjiguanfa-…`); `null` for neither. */
export function issuerType(policyId: string): IssuerType | null {
  if (policyId.startsWith('jingfagai-')) return 'municipal';
  if (policyId.startsWith('jingjiguanfa-')) return 'etown';
  return null;
}

export interface PolicyFilter {
  readonly text: string;
  readonly status: PolicyStatus | null;
  readonly issuer: IssuerType | null;
}

/** Lower-cased, whitespace-free form for matching Chinese and English alike. */
function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** True when the policy's numbers, titles (both languages) or summaries contain the text. */
export function matchesText(p: PolicySummary, text: string): boolean {
  const needle = fold(text);
  if (!needle) return true;
  const hay = [
    p.id,
    p.number,
    p.numberEn,
    p.title.zh,
    p.title.en,
    p.measureTitle?.zh ?? '',
    p.measureTitle?.en ?? '',
    p.summary.zh,
    p.summary.en,
  ];
  return hay.some((h) => fold(h).includes(needle));
}

/** The policies that pass every filter, in their given order. */
export function filterPolicies(policies: readonly PolicySummary[], f: PolicyFilter): PolicySummary[] {
  return policies.filter(
    (p) =>
      (f.status === null || p.status === f.status) &&
      (f.issuer === null || issuerType(p.id) === f.issuer) &&
      matchesText(p, f.text),
  );
}

/** Reads a status from a query parameter, ignoring unknown values. */
export function parseStatus(v: string | null): PolicyStatus | null {
  return STATUSES.find((s) => s === v) ?? null;
}

/** Reads an issuer type from a query parameter, ignoring unknown values. */
export function parseIssuer(v: string | null): IssuerType | null {
  return ISSUER_TYPES.find((s) => s === v) ?? null;
}
