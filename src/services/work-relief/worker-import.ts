/**
 * @module services/work-relief/worker-import
 * The real-name register from a spreadsheet (Excel or CSV), as the districts keep it: each row is
 * checked (resident ID, bank card, village, groups…); the good rows land together in one
 * transaction, every bad row is reported with its row number, column, value (personal numbers
 * masked) and reason; a row is never half-written. With a project, rows of people already
 * registered (by resident ID, with the same name) are put on the project's roster instead, so last
 * year's workers need not be registered twice; without one, such a row is a duplicate.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Column, readSheet, type SheetFormat, writeSheet } from '../shared/excel.ts';
import { authorizeDistrict, reach, writeDistrict } from './access.ts';
import { boolField, optionalDate, requiredText } from './input.ts';
import { projectInReach } from './projects.ts';
import { insertWorkers, type NewWorker, parseWorker } from './workers.ts';

/** The columns, by their Chinese and English headers. */
export const WORKER_COLUMNS: readonly Column[] = [
  { key: 'name', headers: ['姓名', 'name'] },
  { key: 'residentId', headers: ['身份证号', '公民身份号码', 'residentId'] },
  { key: 'town', headers: ['乡镇', 'town'] },
  { key: 'village', headers: ['行政村', '村', 'village'] },
  { key: 'collective', headers: ['集体经济组织', 'collective'] },
  { key: 'team', headers: ['施工队伍', 'team'] },
  { key: 'beijingRural', headers: ['本市农村劳动力', 'beijingRural'] },
  { key: 'priorityGroups', headers: ['优先群体', 'priorityGroups'] },
  { key: 'bankCard', headers: ['银行卡号', 'bankCard'] },
  { key: 'bankName', headers: ['开户银行', 'bankName'] },
  { key: 'phone', headers: ['手机号', 'phone'] },
  { key: 'post', headers: ['岗位', 'post'] },
  { key: 'keyPost', headers: ['关键岗位', 'keyPost'] },
  { key: 'joinedOn', headers: ['进场日期', 'joinedOn'] },
];
const REQUIRED = ['name', 'residentId', 'village', 'bankCard'];

/** One rejected row (or a warning on a row that landed). */
export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface WorkerImportResult {
  readonly registered: number;
  readonly enrolled: number;
  readonly errors: readonly RowError[];
  readonly warnings: readonly RowError[];
}

/** A rejection as a row error (faults are rethrown). */
export function rowError(row: number, e: unknown): RowError {
  if (!(e instanceof ZhengceError) || !e.isInputError) throw e;
  return {
    row,
    field: e.field ?? 'row',
    value: e.value,
    message: e.message,
    messageZh: e.messageZh ?? e.message,
  };
}

type Post = { post: string; keyPost: boolean; joinedOn: string };
type Good = Post & { row: number; worker: NewWorker };
type Known = Post & { row: number; workerId: number };

/** Imports workers into the actor's district (administrators name one), optionally onto a project. */
export async function importWorkers(
  store: Store,
  actor: Actor,
  input: { data: Buffer; format: SheetFormat; district?: unknown; projectId?: number },
  now = new Date(),
): Promise<WorkerImportResult> {
  reach(actor, 'work-relief.manage');
  const project =
    input.projectId === undefined
      ? null
      : await projectInReach(store, actor, 'work-relief.manage', input.projectId);
  const district = project ? project.district : writeDistrict(actor, input.district, 'work-relief.manage');
  authorizeDistrict(actor, 'work-relief.manage', district);
  const rows = await readSheet(input.data, input.format, WORKER_COLUMNS, REQUIRED);
  const asOf: CalendarDate = shanghaiDate(now);
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const good: Good[] = [];
  const known: Known[] = [];
  const seen = new Map<string, number>();
  const registered = new Map(
    (await store.db.selectFrom('wr_workers').select(['id', 'id_hash', 'name']).execute()).map((w) => [
      w.id_hash,
      w,
    ]),
  );
  const onRoster = new Set(
    project
      ? (
          await store.db
            .selectFrom('wr_enrolments')
            .select('worker_id')
            .where('project_id', '=', project.id)
            .execute()
        ).map((e) => e.worker_id)
      : [],
  );
  for (const r of rows) {
    try {
      const c = r.cells;
      const post = c.post ? requiredText(c.post, 'post', 50) : '普工';
      const keyPost = boolField(c.keyPost, 'keyPost', false);
      // Without a date the worker joined when the project started (the roster is often loaded later).
      const joinedOn = optionalDate(c.joinedOn, 'joinedOn') ?? project?.start_on ?? asOf;
      if (joinedOn > asOf)
        throw invalidInput('joinedOn', joinedOn, `is after today (${asOf})`, `晚于今天（${asOf}）`);
      const w = parseWorker(c, asOf);
      const earlier = seen.get(w.id_hash);
      if (earlier !== undefined)
        throw invalidInput(
          'residentId',
          w.id_masked,
          `repeats row ${earlier}: one person is registered once`,
          `与第 ${earlier} 行重复：同一人只能登记一次`,
        );
      seen.set(w.id_hash, r.row);
      const existing = w.id_hashes.map((h) => registered.get(h)).find((x) => x !== undefined);
      if (existing) {
        if (!project)
          throw new ZhengceError(
            'ZC_ERR_CONFLICT',
            `residentId: ${w.id_masked} is already registered (worker ${existing.id})`,
            {
              field: 'residentId',
              value: w.id_masked,
              messageZh: `residentId：${w.id_masked} 已登记（务工人员 ${existing.id}），同一人只能登记一次`,
            },
          );
        if (existing.name !== w.name)
          throw invalidInput(
            'name',
            w.name,
            `differs from the registered name of ${w.id_masked}`,
            `与 ${w.id_masked} 登记的姓名不一致`,
          );
        if (onRoster.has(existing.id))
          throw new ZhengceError(
            'ZC_ERR_CONFLICT',
            `residentId: ${w.id_masked} is already on this project's roster`,
            {
              field: 'residentId',
              value: w.id_masked,
              messageZh: `residentId：${w.id_masked} 已在本项目名册中`,
            },
          );
        known.push({ row: r.row, workerId: existing.id, post, keyPost, joinedOn });
      } else {
        good.push({ row: r.row, worker: w, post, keyPost, joinedOn });
        for (const i of w.warnings)
          warnings.push({
            row: r.row,
            field: 'bankCard',
            value: w.card_masked,
            message: i.message.en,
            messageZh: i.message.zh,
          });
      }
    } catch (e) {
      errors.push(rowError(r.row, e));
    }
  }
  if (good.length + known.length > 0) {
    await store.db.transaction().execute(async (trx) => {
      const ids = await insertWorkers(
        trx,
        actor,
        district,
        good.map((g) => g.worker),
        now,
      );
      if (project) {
        const lines = [...good.map((g, i) => ({ ...g, workerId: ids[i]! })), ...known];
        for (const l of lines)
          await trx
            .insertInto('wr_enrolments')
            .values({
              project_id: project.id,
              worker_id: l.workerId,
              post: l.post,
              key_post: l.keyPost ? 1 : 0,
              daily_rate_fen: project.daily_rate_fen,
              joined_on: l.joinedOn,
              left_on: null,
            })
            .execute();
      }
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.worker.import',
          entityType: 'wr_worker',
          details: {
            district,
            projectId: project?.id ?? null,
            registered: good.length,
            enrolled: project ? good.length + known.length : 0,
            rejectedRows: errors.map((e) => e.row),
          },
        },
        now,
      );
    });
  }
  return { registered: good.length, enrolled: project ? good.length + known.length : 0, errors, warnings };
}

/** An empty register with the import's columns and one example row (a valid test ID). */
export function workerTemplate(): Promise<Buffer> {
  return writeSheet(
    '务工人员',
    WORKER_COLUMNS.map((c) => c.headers[0]!),
    [
      [
        '张三',
        '11010519491231002X',
        '示例镇',
        '示例村',
        '示例村股份经济合作社',
        '示例村施工队',
        '是',
        '增收能力有限的群体',
        '6222020200112233446',
        '示例银行',
        '',
        '普工',
        '否',
      ],
    ],
  );
}
