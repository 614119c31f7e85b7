/**
 * @module services/work-relief/projects
 * The districts' annual work-relief plans and project lists (1336号 三(一) "制定本区以工代赈年度计划
 * 及项目清单，实行动态管理"): each project with its domain (一(二)), the labour stages that use work
 * relief (一(三)), the post-disaster flag, its owner and contractor, investment and wage budget, the
 * daily rate (三(四)), and whether its approval and funding documents state the requirement (四,
 * 五(一)). A district keeps its own; every change is audited in the same transaction.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { formatYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import { shanghaiDate } from '../../engine/period.ts';
import { DEFAULT_PAY_DAY, DOMAINS, STAGES } from '../../policies/jingfagai-2023-1336/parameters.ts';
import { PROJECT_STATUSES } from '../../policies/jingfagai-2023-1336/project-workers.ts';
import type { Store } from '../../store/db.ts';
import type { WrProjectRow, WrProjectTable } from '../../store/work-relief-schema.ts';
import { type Actor, actorLabel, type Permission } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { authorizeDistrict, districtCode, districtName, reach, writeDistrict } from './access.ts';
import {
  boolField,
  enumField,
  enumList,
  intField,
  optionalDate,
  optionalText,
  requiredText,
  uniqueOr,
  yearField,
  yuanField,
} from './input.ts';

/** A project as the API shows it; amounts are yuan text. */
export interface ProjectView {
  readonly id: number;
  readonly code: string;
  readonly district: string;
  readonly districtName: { zh: string; en: string };
  readonly year: number;
  readonly name: string;
  readonly domain: string;
  readonly stages: readonly string[];
  readonly postDisaster: boolean;
  readonly location: string | null;
  readonly ownerUnit: string;
  readonly contractor: string | null;
  readonly totalInvestment: string;
  readonly wageBudget: string;
  readonly dailyRate: string;
  readonly payDay: number;
  readonly startOn: string | null;
  readonly endOn: string | null;
  readonly status: string;
  readonly approvalDocRef: string | null;
  readonly approvalStatesWorkRelief: boolean;
  readonly governmentFunded: boolean;
  readonly fundingDocRef: string | null;
  readonly fundingStatesWorkRelief: boolean;
  readonly updatedAt: string;
}

export function projectView(r: WrProjectRow): ProjectView {
  return {
    id: r.id,
    code: r.code,
    district: r.district,
    districtName: districtName(r.district),
    year: r.year,
    name: r.name,
    domain: r.domain,
    stages: JSON.parse(r.stages) as string[],
    postDisaster: r.post_disaster === 1,
    location: r.location,
    ownerUnit: r.owner_unit,
    contractor: r.contractor,
    totalInvestment: formatYuan(r.total_investment_fen as never),
    wageBudget: formatYuan(r.wage_budget_fen as never),
    dailyRate: formatYuan(r.daily_rate_fen as never),
    payDay: r.pay_day,
    startOn: r.start_on,
    endOn: r.end_on,
    status: r.status,
    approvalDocRef: r.approval_doc_ref,
    approvalStatesWorkRelief: r.approval_states === 1,
    governmentFunded: r.government_funded === 1,
    fundingDocRef: r.funding_doc_ref,
    fundingStatesWorkRelief: r.funding_states === 1,
    updatedAt: r.updated_at,
  };
}

type Fields = Omit<WrProjectTable, 'id' | 'code' | 'district' | 'created_at' | 'created_by' | 'updated_at'>;

/** Checks a project's fields; `old` supplies what an update leaves out. */
function parseFields(i: Record<string, unknown>, old: WrProjectRow | null, now: Date): Fields {
  const pick = (k: string, o: unknown) => (k in i ? i[k] : o);
  const total = yuanField(
    pick('totalInvestment', old && formatYuan(old.total_investment_fen as never)),
    'totalInvestment',
    { positive: true },
  );
  const budget = yuanField(pick('wageBudget', old && formatYuan(old.wage_budget_fen as never)), 'wageBudget');
  if (budget > total)
    throw invalidInput(
      'wageBudget',
      i.wageBudget,
      'must not exceed the total investment',
      '不得超过项目总投资',
    );
  const startOn = optionalDate(pick('startOn', old?.start_on), 'startOn');
  const endOn = optionalDate(pick('endOn', old?.end_on), 'endOn');
  if (startOn && endOn && endOn < startOn)
    throw invalidInput(
      'endOn',
      endOn,
      `must not be before the start (${startOn})`,
      `不得早于开工日期（${startOn}）`,
    );
  const stages = enumList(pick('stages', old && JSON.parse(old.stages)), 'stages', STAGES);
  if (stages.length === 0)
    throw invalidInput(
      'stages',
      i.stages,
      'name at least one stage that uses work relief (一(三))',
      '须至少选择一个实施环节（一(三)）',
    );
  const governmentFunded = boolField(
    pick('governmentFunded', old && old.government_funded === 1),
    'governmentFunded',
    true,
  );
  return {
    year: yearField(pick('year', old?.year ?? Number(shanghaiDate(now).slice(0, 4)))),
    name: requiredText(pick('name', old?.name), 'name'),
    domain: enumField(pick('domain', old?.domain), 'domain', DOMAINS),
    stages: JSON.stringify(stages),
    post_disaster: boolField(pick('postDisaster', old && old.post_disaster === 1), 'postDisaster', false)
      ? 1
      : 0,
    location: optionalText(pick('location', old?.location), 'location'),
    owner_unit: requiredText(pick('ownerUnit', old?.owner_unit), 'ownerUnit'),
    contractor: optionalText(pick('contractor', old?.contractor), 'contractor'),
    total_investment_fen: total,
    wage_budget_fen: budget,
    daily_rate_fen: yuanField(
      pick('dailyRate', old && formatYuan(old.daily_rate_fen as never)),
      'dailyRate',
      { positive: true },
    ),
    pay_day: intField(
      pick('payDay', old?.pay_day),
      'payDay',
      1,
      28,
      valueAt(DEFAULT_PAY_DAY, shanghaiDate(now)).value,
    ),
    start_on: startOn,
    end_on: endOn,
    status: enumField(pick('status', old?.status), 'status', PROJECT_STATUSES, 'planned'),
    approval_doc_ref: optionalText(pick('approvalDocRef', old?.approval_doc_ref), 'approvalDocRef'),
    approval_states: boolField(
      pick('approvalStatesWorkRelief', old && old.approval_states === 1),
      'approvalStatesWorkRelief',
      false,
    )
      ? 1
      : 0,
    government_funded: governmentFunded ? 1 : 0,
    funding_doc_ref: optionalText(pick('fundingDocRef', old?.funding_doc_ref), 'fundingDocRef'),
    funding_states: boolField(
      pick('fundingStatesWorkRelief', old && old.funding_states === 1),
      'fundingStatesWorkRelief',
      false,
    )
      ? 1
      : 0,
  };
}

/** Lists a project in a district's plan (the actor's own district; administrators name one). */
export async function createProject(
  store: Store,
  actor: Actor,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<ProjectView> {
  const district = writeDistrict(actor, input.district, 'work-relief.manage');
  const code = requiredText(input.code, 'code', 50);
  const fields = parseFields(input, null, now);
  const iso = now.toISOString();
  const id = await uniqueOr(
    store.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('wr_projects')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirst();
      if (taken)
        throw new ZhengceError('ZC_ERR_CONFLICT', `code: project ${code} already exists`, {
          field: 'code',
          value: code,
          messageZh: `code：项目编号 ${code} 已存在`,
        });
      const row = await trx
        .insertInto('wr_projects')
        .values({
          ...fields,
          code,
          district,
          created_at: iso,
          created_by: actorLabel(actor),
          updated_at: iso,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.project.create',
          entityType: 'wr_project',
          entityId: row.id,
          details: { code, district, name: fields.name },
        },
        now,
      );
      return row.id;
    }),
    'code',
    code,
    '项目编号已存在',
  );
  return getProject(store, actor, id);
}

/** Changes a project (动态管理): only the fields given. */
export async function updateProject(
  store: Store,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<ProjectView> {
  const old = await projectInReach(store, actor, 'work-relief.manage', id);
  const fields = parseFields(input, old, now);
  const changed = (Object.keys(fields) as (keyof Fields)[]).filter((k) => fields[k] !== old[k]);
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('wr_projects')
      .set({ ...fields, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.project.update',
        entityType: 'wr_project',
        entityId: id,
        details: { code: old.code, changed },
      },
      now,
    );
  });
  return getProject(store, actor, id);
}

/** The project row, or `ZC_ERR_NOT_FOUND`; no permission check: callers use {@link projectInReach}. */
export async function findProject(store: Store, id: number): Promise<WrProjectRow> {
  const row = await store.db.selectFrom('wr_projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `project: ${id} does not exist`, {
      field: 'project',
      value: id,
      messageZh: `project：项目 ${id} 不存在`,
    });
  return row;
}

/**
 * The project row when the actor may use `permission` on it. The permission itself is checked
 * first (`reach`), before the id is even looked up, so a caller without it gets 401/403 whatever
 * the id; a holder then gets `ZC_ERR_NOT_FOUND` for an id that names nothing, and
 * `ZC_ERR_FORBIDDEN` (field `department`) for another district's project — project ids are
 * sequential, so hiding that one exists would hide nothing.
 */
export async function projectInReach(
  store: Store,
  actor: Actor,
  permission: Permission,
  id: number,
): Promise<WrProjectRow> {
  reach(actor, permission);
  const row = await findProject(store, id);
  authorizeDistrict(actor, permission, row.district);
  return row;
}

/** One project, in the actor's reach. */
export async function getProject(store: Store, actor: Actor, id: number): Promise<ProjectView> {
  return projectView(await projectInReach(store, actor, 'work-relief.read', id));
}

/** The projects the actor reaches, optionally of one district and year. */
export async function listProjects(
  store: Store,
  actor: Actor,
  filter: { district?: unknown; year?: unknown } = {},
): Promise<ProjectView[]> {
  const r = reach(actor, 'work-relief.read');
  let q = store.db.selectFrom('wr_projects').selectAll().orderBy('year', 'desc').orderBy('code');
  if (!r.all) q = q.where('district', '=', r.district);
  if (filter.district !== undefined && filter.district !== '')
    q = q.where('district', '=', districtCode(filter.district));
  if (filter.year !== undefined && filter.year !== '') q = q.where('year', '=', yearField(filter.year));
  return (await q.execute()).map(projectView);
}
