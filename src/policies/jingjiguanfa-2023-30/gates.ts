/**
 * @module policies/jingjiguanfa-2023-30/gates
 * 七 过程管理 as a checklist: given what the document requires of a project (its rating
 * requirement, `project.ts`) and the items recorded at each stage, every item of 七
 * (`gate-items-*.ts`) is `done`, `missing` or `not_applicable`, with the department answerable for it. Pure.
 *
 * > 八(一) 各成员单位应在各自职责范围内……对立项、土地出让、设计、施工图审查、施工、竣工验收、运维等全过程监管
 */
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { BUILDING_ITEMS } from './gate-items-building.ts';
import { PLANNING_ITEMS } from './gate-items-planning.ts';
import { type Applicability, type GateItem, STAGE_INFO, STAGES, type Stage } from './gate-types.ts';
import type { Investor, RatingRequirement } from './project.ts';

export {
  type Applicability,
  type GateItem,
  PARTIES,
  PARTY_LABELS,
  type Party,
  STAGE_INFO,
  STAGES,
  type Stage,
} from './gate-types.ts';

/** Every item of 七 (and the stage checks of 六), in stage order. */
export const GATE_ITEMS: readonly GateItem[] = [...PLANNING_ITEMS, ...BUILDING_ITEMS];

/** How the project gets its land (七(一)): 出让 (transfer, listed), 划拨 (allocation), or none (own land). */
export type LandSupply = 'transfer' | 'allocation' | 'none';
/** The department with approval authority (七(二) "按照立项审批权限"). */
export type ApprovalAuthority = 'economic-development' | 'administrative-approval';

/** What the checklist needs to know of a project. */
export interface GateProject {
  /** What 30号 requires (`ratingRequirement`), or `null` when the document does not govern the project. */
  readonly requirement: RatingRequirement | null;
  readonly investor: Investor;
  /** An entering unit under an investment-promotion agreement (入区单位, 《经济发展合作协议》). */
  readonly investmentPromotion: boolean;
  readonly landSupply: LandSupply;
  /** Defaults by investor (D-30-17): government(-mainly) → 经济发展局, social → 行政审批局. */
  readonly approvalAuthority?: ApprovalAuthority;
  /** 重点工程. */
  readonly keyProject?: boolean;
  /** 高标准商品住宅. */
  readonly highStandardCommercialHousing?: boolean;
  /** A design change affecting energy performance was made during construction. */
  readonly energyDesignChange?: boolean;
}

/** Item ids recorded as done, per stage. */
export type GateRecords = Readonly<Partial<Record<Stage, readonly string[]>>>;

export type GateStatus = 'done' | 'missing' | 'not_applicable';

/** One item on one project. */
export interface GateCheck {
  readonly id: string;
  readonly item: GateItem;
  readonly status: GateStatus;
  /** The department codes answerable on this project (the approving one for 七(二)). */
  readonly departments: readonly string[];
  /** Why the item does not apply, when it does not. */
  readonly notApplicableBecause?: Bilingual;
}

/** One stage's items and counts; `complete` when nothing is missing. */
export interface StageChecklist {
  readonly stage: Stage;
  readonly clause: string;
  readonly title: Bilingual;
  readonly items: readonly GateCheck[];
  readonly done: number;
  readonly missing: number;
  readonly notApplicable: number;
  readonly complete: boolean;
}

/** The whole checklist. */
export interface Checklist {
  readonly governed: boolean;
  readonly stages: readonly StageChecklist[];
  /** Ids of the missing items, in stage order. */
  readonly missing: readonly string[];
  readonly complete: boolean;
  /** Interpretation decisions applied (docs/interpretations-30.md). */
  readonly interpretations: readonly string[];
}

const WHY_NOT: Readonly<Record<Exclude<Applicability, 'always'>, Bilingual>> = {
  investment_promotion: {
    zh: '项目不是通过招商协议入区的单位投资建设的',
    en: 'The project is not built by a unit entering under an investment-promotion agreement',
  },
  land_supply: {
    zh: '项目不涉及土地供应（出让或划拨）',
    en: 'The project involves no land supply (transfer or allocation)',
  },
  land_transfer: { zh: '项目用地不以出让方式供应', en: 'The land is not supplied by transfer (listing)' },
  government_investment: { zh: '项目不是政府投资项目', en: 'The project is not government-invested' },
  ultra_low_energy: {
    zh: '项目不要求按超低能耗建筑标准建设',
    en: 'The project is not required to meet the ultra-low-energy standard',
  },
  green_materials: {
    zh: '项目不是政府投资工程、重点工程或高标准商品住宅',
    en: 'Not a government-invested, key or high-standard commercial housing project',
  },
  energy_design_change: {
    zh: '未发生涉及建筑节能效果的设计变更',
    en: 'No design change affecting energy performance was made',
  },
};
const NOT_GOVERNED: Bilingual = {
  zh: '本实施意见不适用于该项目',
  en: 'The implementation opinions do not govern this project',
};

/** Whether an item's condition holds for the project (D-30-18; "政府投资" = wholly, D-30-6). */
export function applies(when: Applicability, p: GateProject): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'investment_promotion':
      return p.investmentPromotion;
    case 'land_supply':
      return p.landSupply !== 'none';
    case 'land_transfer':
      return p.landSupply === 'transfer';
    case 'government_investment':
      return p.investor === 'government';
    case 'ultra_low_energy':
      // Undecided (null) counts as applicable: the item stays on the list until decided.
      return p.requirement?.ultraLowEnergy !== 'not_required';
    case 'green_materials':
      return p.investor === 'government' || p.keyProject === true || p.highStandardCommercialHousing === true;
    case 'energy_design_change':
      return p.energyDesignChange === true;
  }
}

/** The approving department (D-30-17). */
export function approvalAuthorityOf(p: GateProject): ApprovalAuthority {
  return (
    p.approvalAuthority ?? (p.investor === 'social' ? 'administrative-approval' : 'economic-development')
  );
}

/** Checks that every recorded id is an item of the stage it is recorded under. */
function recordedIds(records: GateRecords): Set<string> {
  const ids = new Set<string>();
  for (const [stage, list] of Object.entries(records)) {
    if (!(STAGES as readonly string[]).includes(stage)) {
      throw new ZhengceError(
        'ZC_ERR_INVALID_INPUT',
        `recorded.${stage}: not a stage (${STAGES.join(', ')})`,
        {
          field: `recorded.${stage}`,
          value: stage,
          messageZh: `recorded.${stage}：不是过程管理阶段（${STAGES.join('、')}）`,
        },
      );
    }
    (list ?? []).forEach((id, i) => {
      const item = GATE_ITEMS.find((x) => x.id === id);
      if (item?.stage !== stage) {
        const field = `recorded.${stage}[${i}]`;
        const why = item ? `belongs to the stage ${item.stage}` : 'is not a checklist item';
        const whyZh = item ? `属于 ${item.stage} 阶段` : '不是检查项';
        throw new ZhengceError('ZC_ERR_INVALID_INPUT', `${field}: ${JSON.stringify(id)} ${why}`, {
          field,
          value: id,
          messageZh: `${field}：${JSON.stringify(id)} ${whyZh}`,
        });
      }
      ids.add(id);
    });
  }
  return ids;
}

/**
 * The checklist of a project: each item done (recorded), missing, or not applicable (with why).
 * A project the document does not govern has every item not applicable (D-30-19).
 * @throws ZC_ERR_INVALID_INPUT naming `recorded.<stage>[i]` for an unknown or misplaced item id.
 */
export function checklist(project: GateProject, recorded: GateRecords = {}): Checklist {
  const done = recordedIds(recorded);
  const governed = project.requirement !== null;
  const authority = approvalAuthorityOf(project);
  const stages = STAGES.map((stage): StageChecklist => {
    const items = GATE_ITEMS.filter((i) => i.stage === stage).map((item): GateCheck => {
      const departments = item.byApprovalAuthority ? [authority] : item.departments;
      const base = { id: item.id, item, departments };
      if (!governed) return { ...base, status: 'not_applicable', notApplicableBecause: NOT_GOVERNED };
      if (item.appliesWhen !== 'always' && !applies(item.appliesWhen, project)) {
        return { ...base, status: 'not_applicable', notApplicableBecause: WHY_NOT[item.appliesWhen] };
      }
      return { ...base, status: done.has(item.id) ? 'done' : 'missing' };
    });
    const count = (s: GateStatus) => items.filter((i) => i.status === s).length;
    return {
      stage,
      ...STAGE_INFO[stage],
      items,
      done: count('done'),
      missing: count('missing'),
      notApplicable: count('not_applicable'),
      complete: count('missing') === 0,
    };
  });
  const missing = stages.flatMap((s) => s.items.filter((i) => i.status === 'missing').map((i) => i.id));
  return {
    governed,
    stages,
    missing,
    complete: missing.length === 0,
    interpretations: ['D-30-15', 'D-30-16', 'D-30-17', 'D-30-18', 'D-30-19', 'D-30-20'],
  };
}
