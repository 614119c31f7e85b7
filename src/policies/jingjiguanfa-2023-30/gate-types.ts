/**
 * @module policies/jingjiguanfa-2023-30/gate-types
 * The vocabulary of 七 过程管理: the five stages, the project parties, when an item applies, and
 * the shape of one checklist item (the items are in `gate-items-planning.ts` and
 * `gate-items-building.ts`; the checklist in `gates.ts`).
 */
import { type Citation, cite } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { POLICY_ID } from './parameters.ts';

export const STAGES = ['land_supply', 'approval', 'design', 'construction', 'operation'] as const;
/** The five stages of 七 (acceptance is grouped with operation, D-30-15). */
export type Stage = (typeof STAGES)[number];

export const STAGE_INFO: Readonly<Record<Stage, { readonly clause: string; readonly title: Bilingual }>> = {
  land_supply: {
    clause: '七(一)',
    title: { zh: '招商、土地供应阶段', en: 'Investment promotion and land supply' },
  },
  approval: { clause: '七(二)', title: { zh: '立项阶段', en: 'Project approval' } },
  design: { clause: '七(三)', title: { zh: '规划设计阶段', en: 'Planning and design' } },
  construction: { clause: '七(四)', title: { zh: '建设阶段', en: 'Construction' } },
  operation: { clause: '七(五)', title: { zh: '竣工验收和运营管理阶段', en: 'Acceptance and operation' } },
};

export const PARTIES = [
  'project_unit',
  'construction_unit',
  'design_unit',
  'contractor',
  'supervisor',
  'operator',
] as const;
/** A party of the project on whom the text puts a duty (the department of the item checks it, D-30-16). */
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Readonly<Record<Party, Bilingual>> = {
  project_unit: { zh: '项目单位（企业）', en: 'Project unit (enterprise)' },
  construction_unit: { zh: '建设单位', en: 'Developer (construction unit)' },
  design_unit: { zh: '设计单位', en: 'Designer' },
  contractor: { zh: '施工单位', en: 'Contractor' },
  supervisor: { zh: '监理单位', en: 'Supervising engineer' },
  operator: { zh: '运营单位', en: 'Operator' },
};

/** When an item applies to a project (D-30-18). */
export type Applicability =
  | 'always'
  | 'investment_promotion'
  | 'land_supply'
  | 'land_transfer'
  | 'government_investment'
  | 'ultra_low_energy'
  | 'green_materials'
  | 'energy_design_change';

/** One check of a stage. */
export interface GateItem {
  /** Stable id, `<stage prefix>.<name>`, e.g. `land.planning-opinion`. */
  readonly id: string;
  readonly stage: Stage;
  /** Department codes that do or check the item; for `byApprovalAuthority` items, the one with authority. */
  readonly departments: readonly string[];
  /** Project parties that do it, under the department's oversight (empty when the department does it). */
  readonly parties: readonly Party[];
  readonly duty: Bilingual;
  readonly appliesWhen: Applicability;
  /** "按照立项审批权限": the department is the approving one (D-30-17). */
  readonly byApprovalAuthority?: true;
  readonly citation: Citation;
}

/** A citation of this document. */
export const cite30 = (clause: string, quote: string): Citation => cite(POLICY_ID, clause, quote);
