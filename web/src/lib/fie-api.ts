/**
 * @module web/lib/fie-api
 * Foreign-investment services (京技管发〔2023〕28号) as the web pages read them: the public policy
 * list, enterprise files, list and roundtable items with their steps, supervision and notices.
 * One function per endpoint over the shared client of `api.ts`.
 */
import { type Bilingual, query, request } from '../api.ts';

const P = '/enterprise-service';

export interface FiePolicyItem {
  readonly ruleId: string;
  readonly policyId: string;
  readonly policyNumber: Bilingual;
  readonly title: Bilingual;
  readonly kind: 'support' | 'obligation' | 'service';
  readonly kindLabel: Bilingual;
  readonly department: string | null;
  readonly noApplication: boolean;
  readonly status: string;
  readonly validity: { readonly from: string; readonly to: string | null };
}

export interface FieFileSummary {
  readonly id: number;
  readonly creditCode: string;
  readonly name: Bilingual;
  readonly investorCountry: string | null;
  readonly industry: string | null;
  readonly officer: string | null;
  readonly steward: string | null;
  readonly language: 'zh' | 'en';
  readonly openItems: number;
}

export interface FieFile extends FieFileSummary {
  readonly sites: readonly { name: string; address?: string }[];
  readonly keyProjects: readonly { name: string; major?: boolean }[];
  readonly servicePackages: readonly { name: string; deliveredOn: string }[];
  readonly contacts: readonly { id: number; name: string; position: string | null; phone: string | null }[];
  readonly visits: readonly { id: number; visitedOn: string; note: string; by: string }[];
}

export interface FieItem {
  readonly id: number;
  readonly fileId: number;
  readonly creditCode: string;
  readonly enterprise: Bilingual;
  readonly kind: 'request' | 'problem' | 'vision' | 'roundtable';
  readonly kindLabel: Bilingual;
  readonly source: string;
  readonly title: string;
  readonly status: string;
  readonly statusLabel: Bilingual;
  readonly owner: string | null;
  readonly departments: readonly string[];
  readonly receivedOn: string;
  readonly dueOn: string;
  readonly open: boolean;
  readonly escalation: {
    readonly overdue: boolean;
    readonly workingDaysOverdue: number;
    readonly level: number;
  };
  readonly reply: string | null;
}

export interface FieSupervision {
  readonly grade: string | null;
  readonly risk: string | null;
  readonly intensity: string | null;
  readonly intensityLabel: Bilingual | null;
}

export interface FieNotice {
  readonly id: number;
  readonly ruleId: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly pushedOn: string;
}

export const fieApi = {
  policyList: (kind: string | undefined, signal?: AbortSignal) =>
    request<{ asOf: string; items: FiePolicyItem[] }>(`${P}/policy-list${query({ kind })}`, { signal }),
  files: (mine: boolean, signal?: AbortSignal) =>
    request<{ files: FieFileSummary[] }>(`${P}/files${query({ mine: mine ? 'true' : undefined })}`, {
      signal,
    }),
  file: (id: number, signal?: AbortSignal) => request<FieFile>(`${P}/files/${id}`, { signal }),
  supervision: (id: number, signal?: AbortSignal) =>
    request<FieSupervision>(`${P}/files/${id}/supervision`, { signal }),
  items: (q: Readonly<Record<string, string | undefined>>, signal?: AbortSignal) =>
    request<{ asOf: string; items: FieItem[] }>(`${P}/items${query(q)}`, { signal }),
  step: (id: number, body: Readonly<Record<string, unknown>>) =>
    request<FieItem>(`${P}/items/${id}/steps`, { method: 'POST', body }),
  notices: (signal?: AbortSignal) => request<{ notices: FieNotice[] }>(`${P}/notices`, { signal }),
};

/** Where the lists' spreadsheet is downloaded from (a plain link). */
export const FIE_EXPORT_URL = `/api/v1${P}/export.xlsx`;

/** The roundtable's columns, in order (协同商办 → 限时反馈 → 回访 → 通报). */
export const ROUNDTABLE_COLUMNS = ['raised', 'coordinating', 'replied', 'revisited', 'closed'] as const;
