/**
 * @module web/lib/buildings-api
 * Green buildings (京技管发〔2023〕30号) as the web pages read them: building projects, the
 * stage-gate checklist of 七 with who recorded each item, recording and withdrawing an item, and
 * the targets of 四. Areas are exact decimal strings in m².
 */
import { type Bilingual, type Citation, type Decision, query, request } from '../api.ts';

/** The rule of the requirement check (四(一), 四(二), 三(二), 六(十三)). */
export const RATING_RULE = 'jingjiguanfa-2023-30/rating-requirement';

/** What a project counts as towards the targets of 四 (D-30-22). */
export const TARGET_KINDS = [
  'public_building_green_retrofit',
  'public_building_ule_retrofit',
  'ule_new_building',
  'ule_retrofit_other',
  'other',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface BuildingProject {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly creditCode: string | null;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly gate: Readonly<Record<string, unknown>>;
  readonly targetKind: TargetKind;
  readonly areaSqm: string;
  readonly completedOn: string | null;
}

/** A project party a department oversees (30号 七, D-30-16). */
export type Party =
  | 'project_unit'
  | 'construction_unit'
  | 'design_unit'
  | 'contractor'
  | 'supervisor'
  | 'operator';

export type GateStatus = 'done' | 'missing' | 'not_applicable';

export interface GateCheck {
  readonly id: string;
  readonly status: GateStatus;
  readonly departments: readonly string[];
  readonly notApplicableBecause?: Bilingual;
  readonly item: {
    readonly duty: Bilingual;
    readonly parties: readonly Party[];
    readonly citation: Citation;
  };
  readonly record: {
    readonly department: string;
    readonly note: string | null;
    readonly recordedBy: string;
    readonly recordedAt: string;
  } | null;
  readonly mine: boolean;
}

export interface StageChecklist {
  readonly stage: string;
  readonly clause: string;
  readonly title: Bilingual;
  readonly items: readonly GateCheck[];
  readonly done: number;
  readonly missing: number;
  readonly notApplicable: number;
  readonly complete: boolean;
}

export interface ProjectChecklist {
  readonly project: BuildingProject;
  readonly asOf: string;
  readonly governed: boolean;
  readonly requirement: Decision;
  readonly stages: readonly StageChecklist[];
  readonly missing: readonly string[];
  readonly complete: boolean;
}

export interface BuildingTarget {
  readonly id: 'green_retrofit' | 'ultra_low_energy';
  readonly title: Bilingual;
  readonly citation: Citation;
  readonly targetSqm: string;
  readonly achievedSqm: string;
  readonly remainingSqm: string;
  readonly sharePercent: string;
  readonly met: boolean;
  readonly counted: readonly string[];
}

export interface BuildingTargets {
  readonly report: {
    readonly status: 'in_force' | 'expired' | 'not_yet';
    readonly asOf: string;
    readonly measuredOn?: string;
    readonly countFrom?: string;
    readonly targets: readonly BuildingTarget[];
    readonly excluded: readonly {
      readonly id: string;
      readonly reason: 'not_a_target_kind' | 'before_counting_start' | 'after_measuring_date';
    }[];
  };
  readonly projects: readonly {
    readonly code: string;
    readonly name: string;
    readonly kind: TargetKind;
    readonly areaSqm: string;
    readonly completedOn: string | null;
  }[];
}

export const buildingsApi = {
  projects: (signal?: AbortSignal) =>
    request<{ projects: BuildingProject[] }>('/buildings/projects', { signal }),
  checklist: (id: number, asOf: string, signal?: AbortSignal) =>
    request<ProjectChecklist>(`/buildings/projects/${id}/checklist${query({ asOf })}`, { signal }),
  record: (id: number, body: { itemId: string; note?: string; asOf: string }) =>
    request<ProjectChecklist>(`/buildings/projects/${id}/gates`, { method: 'POST', body }),
  withdraw: (id: number, body: { itemId: string; reason: string; asOf: string }) =>
    request<ProjectChecklist>(`/buildings/projects/${id}/gates/withdraw`, { method: 'POST', body }),
  targets: (asOf: string, signal?: AbortSignal) =>
    request<BuildingTargets>(`/buildings/targets${query({ asOf })}`, { signal }),
};
