/**
 * @module policies/jingjiguanfa-2023-32/recognition
 * What 第一条 and 第二条 share: the date of the event (recognition, review or move-in) inside the
 * measure's period (D-32-3); "单个企业不重复支持" with the difference paid on moving up, read from the
 * award history (D-32-4, D-32-7); and the closing paragraph's payment terms — new arrivals must
 * actually have their office in the 225 km² and are paid the following year, the others without
 * application by batch (D-32-6).
 *
 * > 本措施第一条、第二条，新迁入企业须在亦庄新城 225 平方公里范围内实际办公，于次年度统一兑现；除新迁入企业外，
 * > 其他符合条件的企业，按公告或确认批次以免申即享方式兑现。
 */
import { type Citation, cite } from '../../engine/citation.ts';
import type { DecisionBuilder } from '../../engine/decision.ts';
import { invalidInput } from '../../engine/errors.ts';
import type { MessageCatalog } from '../../engine/messages.ts';
import { type Fen, fen, formatYuan, maxFen, subFen } from '../../engine/money.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { type AwardRecord, awardsOf, listOf, totalOf } from './history.ts';
import { MEASURE_WINDOW, POLICY_ID } from './parameters.ts';

export const PAYOUT_CITATION = cite(
  POLICY_ID,
  '结语',
  '本措施第一条、第二条，新迁入企业须在亦庄新城 225 平方公里范围内实际办公，于次年度统一兑现；除新迁入企业外，其他符合条件的企业，按公告或确认批次以免申即享方式兑现。',
);
export const EFFECT_CITATION = cite(POLICY_ID, '结语', '自公布之日起施行，至 2025 年 12 月 31 日结束。');

/**
 * Checks the date of the event a rule pays for: a date after `asOf` is refused (facts cannot come
 * from the future), and the event must fall on or after the measure's first day (D-32-3).
 */
export function checkEventDate(
  d: DecisionBuilder,
  field: string,
  value: string,
  asOf: CalendarDate,
): boolean {
  const date = parseCalendarDate(value, `facts.${field}`);
  if (date > asOf) {
    throw invalidInput(`facts.${field}`, value, `is after the as-of date ${asOf}`, `晚于评估日期 ${asOf}`);
  }
  d.interpret('D-32-3');
  return d.check(
    'j32.event.in_force',
    date >= MEASURE_WINDOW.from,
    { date, from: MEASURE_WINDOW.from, to: MEASURE_WINDOW.to },
    EFFECT_CITATION,
  );
}

/**
 * The closing paragraph's terms for 第一条 and 第二条: a new arrival must actually have its office in
 * the 225 km² (undecidable when not given) and is paid in the year after it moved in; the others
 * are paid without application by announced batch (D-32-6).
 */
export function checkPayout(
  d: DecisionBuilder,
  newArrival: boolean,
  actualOffice: boolean | undefined,
  eventDate: string,
): void {
  d.interpret('D-32-6');
  if (newArrival) {
    const v = actualOffice ?? null;
    d.check('j32.arrival.office', v, { value: v }, PAYOUT_CITATION);
    d.step('j32.payout.next_year', {
      inputs: { arrivedOn: eventDate },
      result: Number(eventDate.slice(0, 4)) + 1,
      citation: PAYOUT_CITATION,
    });
  } else {
    d.step('j32.payout.batch', { result: 'no_application', citation: PAYOUT_CITATION });
  }
}

/** One article's award levels, ranked: a higher rank is the level one moves up to. */
export interface Tiers {
  readonly ruleId: string;
  /** Award key → rank (e.g. `beijing-srdi` 1, `little-giant` 2). */
  readonly rank: Readonly<Record<string, number>>;
  /** "单个企业不重复支持" and the difference sentence of the article. */
  readonly citation: Citation;
}

/**
 * "单个企业不重复支持,晋级享受差额奖励": nothing when this article already paid the enterprise at this
 * level or a higher one; otherwise the level's standard less what the article already paid at lower
 * levels (D-32-4). Records one reason, and a step when a difference is paid.
 */
export function tierAward(
  d: DecisionBuilder,
  tiers: Tiers,
  subject: string,
  standard: Fen,
  history: readonly AwardRecord[] | undefined,
): Fen {
  d.interpret('D-32-4');
  const earlier = awardsOf(history, tiers.ruleId);
  for (const r of earlier) {
    if (tiers.rank[r.subject] === undefined) {
      throw invalidInput(
        'facts.awardHistory',
        r.subject,
        `is not an award key of ${tiers.ruleId} (${Object.keys(tiers.rank).join(', ')})`,
        `不是 ${tiers.ruleId} 的奖励键（${Object.keys(tiers.rank).join('、')}）`,
      );
    }
  }
  const level = tiers.rank[subject]!;
  const blocking = earlier.filter((r) => tiers.rank[r.subject]! >= level);
  const supported = d.check(
    'j32.tier.not_supported_before',
    blocking.length === 0,
    { subject, earlier: listOf(earlier) },
    tiers.citation,
  );
  if (!supported) return standard;
  const paid = totalOf(earlier);
  if (paid === 0) return standard;
  const difference = maxFen(subFen(standard, paid), fen(0));
  d.step('j32.tier.difference', {
    inputs: { paid: formatYuan(paid), earlier: listOf(earlier) },
    parameters: { standard: formatYuan(standard) },
    result: formatYuan(difference),
    citation: tiers.citation,
  });
  d.check('j32.tier.difference_due', difference > 0, { amount: formatYuan(difference) }, tiers.citation);
  return difference;
}

/** Wording of the shared codes. */
export const RECOGNITION_MESSAGES: MessageCatalog = {
  'j32.event.in_force': {
    zh: '事项发生日期 {date} 在本措施施行期间（{from} 至 {to}）内',
    en: 'The event, on {date}, falls within the measure’s period ({from} to {to})',
  },
  'j32.arrival.office': {
    zh: '新迁入企业在亦庄新城225平方公里范围内实际办公（填报：{value}）',
    en: 'The newly arrived enterprise actually has its office within the 225 km² new town (reported: {value})',
  },
  'j32.payout.next_year': {
    zh: '新迁入企业（{arrivedOn} 迁入）于次年度统一兑现：{result} 年',
    en: 'A new arrival (moved in on {arrivedOn}) is paid in the following year’s batch: {result}',
  },
  'j32.payout.batch': {
    zh: '按公告或确认批次以免申即享方式兑现',
    en: 'Paid without application, by announced or confirmed batch',
  },
  'j32.tier.not_supported_before': {
    zh: '单个企业不重复支持：本条此前未就同级或更高级别给予奖励（本次：{subject}；此前本条奖励：{earlier}）',
    en: 'No double support: this article has not paid the enterprise at this or a higher level (now: {subject}; earlier awards under this article: {earlier})',
  },
  'j32.tier.difference': {
    zh: '晋级享受差额奖励：本级标准 {standard} 元 − 此前本条已获奖励 {paid} 元 = {result} 元（{earlier}）',
    en: 'Moving up pays the difference: standard {standard} yuan − {paid} yuan already paid under this article = {result} yuan ({earlier})',
  },
  'j32.tier.difference_due': {
    zh: '差额为正（{amount} 元）',
    en: 'The difference is positive ({amount} yuan)',
  },
};
