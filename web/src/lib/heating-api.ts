/**
 * @module web/lib/heating-api
 * New-energy heating (京发改〔2023〕1309号) as the web pages read it: projects, the readings import,
 * the post-evaluation report of a season (五(四)), the design check, and the statistics bureau's
 * figures with their progress (一(三)). Quantities are `{exact, display}` decimal strings, never
 * floats. One function per endpoint over the shared client of `api.ts`.
 */
import { type Bilingual, type Citation, type Decision, query, request } from '../api.ts';

/** The rule that checks a heating design (一(三), 三, 五(二)). */
export const PROJECT_CHECK_RULE = 'jingfagai-2023-1309/project-check';
/** The rule of the municipal investment support (六), a candidate of the calculator. */
export const INVESTMENT_SUPPORT_RULE = 'jingfagai-2023-1309/investment-support';

export interface Quantity {
  readonly exact: string;
  readonly display: string;
}

export interface HeatingProject {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly creditCode: string | null;
  readonly enterpriseName: string | null;
  readonly technology: string;
  readonly technologyLabel: Bilingual;
  readonly heatedAreaM2: string | null;
  readonly commissionedOn: string | null;
  readonly design: Readonly<Record<string, unknown>> | null;
  readonly readings: { readonly count: number; readonly first: string | null; readonly last: string | null };
}

export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface ReadingImportResult {
  readonly added: number;
  readonly projects: readonly { readonly code: string; readonly added: number }[];
  readonly errors: readonly RowError[];
}

export interface Season {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

export interface ReadingIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly row: number | null;
  readonly field: string;
  readonly message: Bilingual;
  readonly at: string | null;
}

export interface MonthlyPoint {
  readonly month: string;
  readonly electricityKwh: Quantity;
  readonly heatGj: Quantity;
  readonly waterM3: Quantity;
  readonly spf: Quantity | null;
  readonly carbonKgCo2: Quantity;
}

export interface PostEvaluation {
  readonly season: Season;
  readonly readings: { readonly count: number; readonly first: string; readonly last: string };
  readonly totals: {
    readonly electricityKwh: Quantity;
    readonly heatGj: Quantity;
    readonly heatKwh: Quantity;
    readonly waterM3: Quantity;
  };
  readonly spf: Quantity | null;
  readonly carbon: {
    readonly kgCo2: Quantity;
    readonly tCo2: Quantity;
    readonly factor: {
      readonly parameterId: string;
      readonly value: string;
      readonly unit: string;
      readonly from: string;
      readonly source: Bilingual;
    };
  };
  readonly monthly: readonly MonthlyPoint[];
  readonly warnings: readonly ReadingIssue[];
  readonly citation: Citation;
  readonly interpretations: readonly string[];
}

export type SeasonReport =
  | { readonly ok: true; readonly project: HeatingProject; readonly summary: PostEvaluation }
  | {
      readonly ok: false;
      readonly project: HeatingProject;
      readonly season: Season;
      readonly errors: readonly ReadingIssue[];
      readonly warnings: readonly ReadingIssue[];
    };

export interface AreaFigure {
  readonly year: number;
  readonly newEnergyAreaM2: string;
  readonly totalAreaM2: string;
  readonly note: string | null;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

export interface ProgressPoint {
  readonly year: number;
  readonly value: Quantity;
  readonly percent?: string;
  readonly required: Quantity;
  readonly requiredPercent?: string;
  readonly achieved: boolean;
  readonly status: 'on_track' | 'behind';
}

export interface TargetProgress {
  readonly targetId: string;
  readonly kind: 'area' | 'share';
  readonly title: Bilingual;
  readonly targetYear: number;
  readonly minimum: string;
  readonly citation: Citation;
  readonly baselineYear: number;
  readonly points: readonly ProgressPoint[];
}

export interface HeatingTargets {
  readonly asOf: string;
  readonly figures: readonly AreaFigure[];
  readonly progress: readonly TargetProgress[];
}

/** The heating season around a date: 15 Nov – 15 Mar, labelled `YYYY-YYYY`. */
export function seasonOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const md = date.slice(5);
  const start = md >= '07-01' ? y : y - 1;
  return `${start}-${start + 1}`;
}

export const heatingApi = {
  projects: (signal?: AbortSignal) =>
    request<{ projects: HeatingProject[] }>('/heating/projects', { signal }),
  project: (id: number, signal?: AbortSignal) =>
    request<HeatingProject>(`/heating/projects/${id}`, { signal }),
  importReadings: (bytes: ArrayBuffer, contentType: string) =>
    request<ReadingImportResult>('/heating/readings/import', {
      method: 'POST',
      upload: { bytes, contentType },
    }),
  report: (id: number, season: string, signal?: AbortSignal) =>
    request<SeasonReport>(`/heating/projects/${id}/report${query({ season })}`, { signal }),
  designCheck: (id: number, asOf: string, signal?: AbortSignal) =>
    request<{ project: HeatingProject; decision: Decision }>(
      `/heating/projects/${id}/design-check${query({ asOf })}`,
      { signal },
    ),
  targets: (asOf: string, signal?: AbortSignal) =>
    request<HeatingTargets>(`/heating/targets${query({ asOf })}`, { signal }),
  setFigure: (year: number, body: { newEnergyAreaM2: string; totalAreaM2: string; note?: string }) =>
    request<AreaFigure>(`/heating/figures/${year}`, { method: 'PUT', body }),
};

/** Where the empty readings template (.xlsx) is downloaded from. */
export const READINGS_TEMPLATE_URL = '/api/v1/heating/readings/template';
