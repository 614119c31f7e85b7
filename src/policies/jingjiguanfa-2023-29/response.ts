/**
 * @module policies/jingjiguanfa-2023-29/response
 * 三 预警响应 and 四（二） 强化应急值守: what each alert level sets in motion — the response level
 * (三1–3), who commands it (三, the paragraph after 三3, with the posts of 一（一）) and the duty every
 * member unit keeps (四（二）).
 *
 * > 1. 当发布黄色预警时,启动三级响应。 2. 当发布橙色预警时,启动二级响应。 3. 当发布红色预警时,启动一级响应。
 * > 黄色预警时,由指挥部办公室主任根据应急应对需要组织指挥调度…;橙色预警和红色预警时,由指挥部副总指挥或总指挥…
 *
 * The command paragraph is printed after item 3 but speaks of all three levels, so it is cited as
 * 三 (whose full text contains it), not as 三3 (D-29-10).
 */
import type { Citation } from '../../engine/citation.ts';
import { cite } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';

/** An alert level, or `none` when no alert is called for. */
export type AlertLevel = 'none' | 'yellow' | 'orange' | 'red';
/** The three alert levels of 二（一）, from light to severe. */
export type AlertColour = Exclude<AlertLevel, 'none'>;
/** The three levels in the order of 二（一）: "由轻到重依次为黄色预警、橙色预警和红色预警". */
export const ALERT_COLOURS: readonly AlertColour[] = ['yellow', 'orange', 'red'];
/** Every level, `none` first. */
export const ALERT_LEVELS: readonly AlertLevel[] = ['none', ...ALERT_COLOURS];
/** The response levels of 三: 三级 (III) for yellow, 二级 (II) for orange, 一级 (I) for red. */
export type ResponseLevel = 'III' | 'II' | 'I';

/** 0 for `none`, then 1 (yellow), 2 (orange), 3 (red). */
export function levelRank(level: AlertLevel): 0 | 1 | 2 | 3 {
  return level === 'none' ? 0 : level === 'yellow' ? 1 : level === 'orange' ? 2 : 3;
}

/** True when `value` is one of {@link ALERT_LEVELS}. */
export function isAlertLevel(value: unknown): value is AlertLevel {
  return typeof value === 'string' && (ALERT_LEVELS as readonly string[]).includes(value);
}

/** Who commands the response at a level, and who holds that post. */
export interface ResponseCommand {
  /** The post as 三 names it: 指挥部办公室主任, or 指挥部副总指挥或总指挥. */
  readonly by: Bilingual;
  /** Who holds the post (一（一）). */
  readonly holder: Bilingual;
  readonly citations: readonly Citation[];
}

/** What an alert level sets in motion. */
export interface LevelResponse {
  readonly level: AlertColour;
  readonly alert: Bilingual;
  readonly response: ResponseLevel;
  readonly responseName: Bilingual;
  readonly command: ResponseCommand;
  /** The duty every member unit keeps (四（二）). */
  readonly duty: Bilingual;
  /** Extra arrangements of the level (red: the office may second staff to a joint office). */
  readonly arrangements: readonly Bilingual[];
  /** 三N (response), the command quote, the 四（二） duty quote. */
  readonly citations: readonly Citation[];
}

/** 一（一）: who holds the posts. */
export const POSTS_CITATION = cite(
  POLICY_ID,
  '一(一)',
  '总指挥由管委会主任担任,副总指挥由分管环保工作的管委会副主任担任',
);
export const OFFICE_DIRECTOR_CITATION = cite(POLICY_ID, '一(一)', '办公室主任由城市运行局局长担任');
/** 三: response levels, low to high. */
export const RESPONSE_CITATION = cite(
  POLICY_ID,
  '三',
  '重污染天气实行分级响应，对应预警级别，将预警响应分为三个等级，由低到高依次为三级响应、二级响应、一级响应。',
);
const COMMAND_YELLOW = cite(
  POLICY_ID,
  '三',
  '黄色预警时,由指挥部办公室主任根据应急应对需要组织指挥调度,部署空气重污染应急应对工作;',
);
const COMMAND_ORANGE_RED = cite(
  POLICY_ID,
  '三',
  '橙色预警和红色预警时,由指挥部副总指挥或总指挥根据应急应对需要组织指挥调度,部署空气重污染应急应对工作。',
);
const JOINT_OFFICE = cite(
  POLICY_ID,
  '四(二)',
  '红色预警期间,指挥部办公室可抽调有关成员单位人员联合办公,开展应急指挥、协调调度、检查督查等工作。',
);

const OFFICE_DIRECTOR: ResponseCommand = {
  by: { zh: '指挥部办公室主任', en: 'Director of the command office' },
  holder: { zh: '城市运行局局长', en: 'Director-general of the City Operations Bureau' },
  citations: [COMMAND_YELLOW, OFFICE_DIRECTOR_CITATION],
};
const COMMANDERS: ResponseCommand = {
  by: { zh: '指挥部副总指挥或总指挥', en: 'Deputy commander or commander-in-chief of the command' },
  holder: {
    zh: '分管环保工作的管委会副主任或管委会主任',
    en: 'The deputy director of the Administrative Committee in charge of environmental protection, or the director of the Administrative Committee',
  },
  citations: [COMMAND_ORANGE_RED, POSTS_CITATION],
};

/** The response, command and duty of each alert level. */
export const RESPONSES: Readonly<Record<AlertColour, LevelResponse>> = {
  yellow: {
    level: 'yellow',
    alert: { zh: '黄色预警', en: 'Yellow alert' },
    response: 'III',
    responseName: { zh: '三级响应', en: 'Level III response' },
    command: OFFICE_DIRECTOR,
    duty: { zh: '备班备勤', en: 'Staff on standby' },
    arrangements: [],
    citations: [
      cite(POLICY_ID, '三1', '当发布黄色预警时,启动三级响应。'),
      COMMAND_YELLOW,
      cite(POLICY_ID, '四(二)', '黄色预警时,各成员单位要保持备班备勤'),
    ],
  },
  orange: {
    level: 'orange',
    alert: { zh: '橙色预警', en: 'Orange alert' },
    response: 'II',
    responseName: { zh: '二级响应', en: 'Level II response' },
    command: COMMANDERS,
    duty: { zh: '在岗值守', en: 'Strengthened on-duty presence at post' },
    arrangements: [],
    citations: [
      cite(POLICY_ID, '三2', '当发布橙色预警时,启动二级响应。'),
      COMMAND_ORANGE_RED,
      cite(POLICY_ID, '四(二)', '橙色预警时,各成员单位要加强在岗值守'),
    ],
  },
  red: {
    level: 'red',
    alert: { zh: '红色预警', en: 'Red alert' },
    response: 'I',
    responseName: { zh: '一级响应', en: 'Level I response' },
    command: COMMANDERS,
    duty: {
      zh: '全天(含节假日)值守',
      en: 'Round-the-clock duty, holidays included',
    },
    arrangements: [
      {
        zh: '指挥部办公室可抽调有关成员单位人员联合办公,开展应急指挥、协调调度、检查督查等工作',
        en: 'The command office may second staff of member units to a joint office for emergency command, coordination and inspection',
      },
    ],
    citations: [
      cite(POLICY_ID, '三3', '当发布红色预警时,启动一级响应。'),
      COMMAND_ORANGE_RED,
      cite(POLICY_ID, '四(二)', '红色预警时,各成员单位要全天(含节假日)值守'),
      JOINT_OFFICE,
    ],
  },
};

/** The response of a level, or `null` for `none`. */
export function responseFor(level: AlertLevel): LevelResponse | null {
  return level === 'none' ? null : RESPONSES[level];
}
