/**
 * @module policies/jingjiguanfa-2023-28/workflow
 * The state machines of the three lists (诉求清单, 问题清单, 愿景清单; 二(三)13) and of a
 * roundtable item (协同商办—限时反馈—回访通报; 二(三)12), as data and one pure step function.
 * A step names the statuses it may start from; nothing can skip a step, and nothing closes
 * without a reply to the enterprise (D-28-3). The service stores the history; this module only
 * says whether a step is allowed and what it needs.
 */
import { invalidInput } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';

/** The three lists of 二(三)13. */
export const LIST_KINDS = {
  request: { zh: '诉求清单', en: 'Request list' },
  problem: { zh: '问题清单', en: 'Problem list' },
  vision: { zh: '愿景清单', en: 'Vision list' },
} as const;
export type ListKind = keyof typeof LIST_KINDS;

/** Where an item came from: the multilingual hotline, mail and other channels (11), visits (13). */
export const ITEM_SOURCES = {
  hotline: { zh: '多语种涉外服务专线', en: 'Multilingual hotline' },
  mail: { zh: '官方邮箱', en: 'Official mailbox' },
  website: { zh: '网站、公众号', en: 'Website or official account' },
  visit: { zh: '定期走访', en: 'Regular visit' },
  roundtable: { zh: '圆桌会议', en: 'Roundtable' },
} as const;
export type ItemSource = keyof typeof ITEM_SOURCES;

export const ITEM_STATUSES = {
  received: { zh: '已受理登记', en: 'Received' },
  assigned: { zh: '已分派', en: 'Assigned' },
  in_progress: { zh: '办理中', en: 'In progress' },
  replied: { zh: '已答复企业', en: 'Replied to the enterprise' },
  closed: { zh: '已办结', en: 'Closed' },
} as const;
export type ItemStatus = keyof typeof ITEM_STATUSES;

export const ROUNDTABLE_STATUSES = {
  raised: { zh: '已提出', en: 'Raised' },
  coordinating: { zh: '协同商办', en: 'Coordinated handling' },
  replied: { zh: '限时反馈已答复', en: 'Replied within the time limit' },
  revisited: { zh: '已回访', en: 'Follow-up visit made' },
  closed: { zh: '已通报办结', en: 'Summary published, closed' },
} as const;
export type RoundtableStatus = keyof typeof ROUNDTABLE_STATUSES;

/** One step: the statuses it may start from, where it leads, and the inputs it requires. */
export interface Step<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
  readonly requires: readonly string[];
  readonly label: Bilingual;
}

export const ITEM_STEPS = {
  assign: {
    from: ['received'],
    to: 'assigned',
    requires: ['owner', 'workingDays'],
    label: { zh: '分派', en: 'Assign' },
  },
  start: { from: ['assigned'], to: 'in_progress', requires: [], label: { zh: '开始办理', en: 'Start' } },
  reply: {
    from: ['in_progress'],
    to: 'replied',
    requires: ['reply'],
    label: { zh: '答复企业', en: 'Reply to the enterprise' },
  },
  reopen: {
    from: ['replied'],
    to: 'in_progress',
    requires: ['note'],
    label: { zh: '企业不满意，重新办理', en: 'Reopen (enterprise not satisfied)' },
  },
  close: { from: ['replied'], to: 'closed', requires: [], label: { zh: '办结', en: 'Close' } },
} as const satisfies Record<string, Step<ItemStatus>>;
export type ItemAction = keyof typeof ITEM_STEPS;

export const ROUNDTABLE_STEPS = {
  coordinate: {
    from: ['raised'],
    to: 'coordinating',
    requires: ['departments', 'workingDays'],
    label: { zh: '协同商办', en: 'Coordinate' },
  },
  reply: {
    from: ['coordinating'],
    to: 'replied',
    requires: ['reply'],
    label: { zh: '限时反馈', en: 'Reply' },
  },
  revisit: {
    from: ['replied'],
    to: 'revisited',
    requires: ['note'],
    label: { zh: '回访', en: 'Follow-up visit' },
  },
  publish: {
    from: ['revisited'],
    to: 'closed',
    requires: ['summary'],
    label: { zh: '通报办结', en: 'Publish summary and close' },
  },
} as const satisfies Record<string, Step<RoundtableStatus>>;
export type RoundtableAction = keyof typeof ROUNDTABLE_STEPS;

/** Statuses whose items still run against a deadline. */
export const OPEN_ITEM_STATUSES: readonly ItemStatus[] = ['received', 'assigned', 'in_progress'];
export const OPEN_ROUNDTABLE_STATUSES: readonly RoundtableStatus[] = ['raised', 'coordinating'];

function present(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined && v !== null;
}

function step<S extends string>(
  steps: Readonly<Record<string, Step<S>>>,
  status: S,
  action: string,
  input: Readonly<Record<string, unknown>>,
): S {
  const s = Object.hasOwn(steps, action) ? steps[action] : undefined;
  if (!s) {
    const known = Object.keys(steps).join(', ');
    throw invalidInput(
      'action',
      action,
      `is not a step (known: ${known})`,
      `不是可执行的步骤（可选：${known}）`,
    );
  }
  if (!s.from.includes(status)) {
    const from = s.from.join(', ');
    throw invalidInput(
      'action',
      action,
      `cannot be taken from status ${status}; it follows ${from} (no step may be skipped)`,
      `不能在“${status}”状态下执行，须在 ${from} 之后（不得跳过步骤）`,
    );
  }
  for (const field of s.requires)
    if (!present(input[field]))
      throw invalidInput(field, input[field], `is required to ${action}`, `执行“${s.label.zh}”时必填`);
  return s.to;
}

/** The status a list item moves to by `action`; throws `ZC_ERR_INVALID_INPUT` naming the field. */
export function itemStep(
  status: ItemStatus,
  action: string,
  input: Readonly<Record<string, unknown>> = {},
): ItemStatus {
  return step<ItemStatus>(ITEM_STEPS, status, action, input);
}

/** The status a roundtable item moves to by `action`; throws `ZC_ERR_INVALID_INPUT` naming the field. */
export function roundtableStep(
  status: RoundtableStatus,
  action: string,
  input: Readonly<Record<string, unknown>> = {},
): RoundtableStatus {
  return step<RoundtableStatus>(ROUNDTABLE_STEPS, status, action, input);
}

/** Default time limits in working days (D-28-4; the text sets none — a parameter the bureau may change). */
export const DEFAULT_WORKING_DAYS: Readonly<Record<ListKind | 'roundtable', number>> = {
  request: 5,
  problem: 10,
  vision: 20,
  roundtable: 10,
};
