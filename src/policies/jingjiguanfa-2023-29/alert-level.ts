/**
 * @module policies/jingjiguanfa-2023-29/alert-level
 * 二（一） 预警分级: which alert level a forecast of daily AQI calls for.
 *
 * > 1. 黄色预警:预测全市空气质量指数日均值 >200 或日均值 >150 持续48小时及以上,且未达到高级别预警条件时。
 * > 2. 橙色预警:预测全市空气质量指数日均值 >200 持续48小时或日均值 >150 持续72小时及以上,且未达到高级别预警条件时。
 * > 3. 红色预警:预测全市空气质量指数日均值 >200 持续72小时且日均值 >300 持续24小时及以上时。
 *
 * 24/48/72 hours are 1/2/3 consecutive forecast days (D-29-2); ">" is strict. Red needs one run of at
 * least 3 days above 200 with a day above 300 inside it (D-29-5). The highest level whose condition
 * holds wins ("且未达到高级别预警条件时"); the reported run is the earliest qualifying run of that
 * level (D-29-6). The result is what the criteria call for; E-Town acts on the municipal order it
 * receives (二（二）–（五）, D-29-7).
 */
import type { Citation } from '../../engine/citation.ts';
import { cite } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { invalidInput } from '../../engine/errors.ts';
import type { Bilingual, MessageCatalog } from '../../engine/messages.ts';
import { addDays, type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type AlertColour, type AlertLevel, levelRank, RESPONSES, type ResponseLevel } from './response.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';
/** The highest AQI (HJ 633); above it the forecast is refused, never capped (D-29-1). */
export const AQI_MAX = 500;

/** A forecast of daily AQI for consecutive calendar days, the first on `start`. */
export interface AlertInput {
  readonly start: string;
  readonly dailyAqi: readonly number[];
}
/** {@link AlertInput} once checked. */
export interface Forecast {
  readonly start: CalendarDate;
  readonly dailyAqi: readonly number[];
}

/** The five conditions of 二（一）, named `<level>-<above>x<days>[-<peak>]`. */
export type AlertConditionId =
  | 'red-200x3-300'
  | 'orange-200x2'
  | 'orange-150x3'
  | 'yellow-200x1'
  | 'yellow-150x2';

/** One condition: at least `minDays` consecutive days above `above` (one of them above `peakAbove`). */
export interface AlertCondition {
  readonly id: AlertConditionId;
  readonly level: AlertColour;
  readonly above: number;
  readonly minDays: number;
  readonly peakAbove?: number;
  readonly description: Bilingual;
  readonly citation: Citation;
}

const YELLOW = cite(
  POLICY_ID,
  '二(一)1',
  '黄色预警:预测全市空气质量指数日均值 >200 或日均值 >150 持续48小时及以上,且未达到高级别预警条件时。',
);
const ORANGE = cite(
  POLICY_ID,
  '二(一)2',
  '橙色预警:预测全市空气质量指数日均值 >200 持续48小时或日均值 >150 持续72小时及以上,且未达到高级别预警条件时。',
);
const RED = cite(
  POLICY_ID,
  '二(一)3',
  '红色预警:预测全市空气质量指数日均值 >200 持续72小时且日均值 >300 持续24小时及以上时。',
);
/** 二（一）'s closing sentence: adjusted national or municipal criteria replace these (D-29-7). */
export const ADJUSTED_CRITERIA_CITATION = cite(
  POLICY_ID,
  '二(一)',
  '当生态环境部、北京市统一调整空气重污染预警启动标准时,依据其标准执行。',
);

const condition = (
  id: AlertConditionId,
  above: number,
  minDays: number,
  citation: Citation,
  peakAbove?: number,
): AlertCondition => ({
  id,
  level: id.slice(0, id.indexOf('-')) as AlertColour,
  above,
  minDays,
  ...(peakAbove === undefined ? {} : { peakAbove }),
  description: {
    zh: `日均值>${above}${minDays === 1 ? '至少1天' : `持续${minDays}天及以上`}${peakAbove === undefined ? '' : `，且其中至少1天>${peakAbove}`}`,
    en: `daily AQI above ${above} ${minDays === 1 ? 'on at least one day' : `on ${minDays} or more consecutive days`}${peakAbove === undefined ? '' : `, at least one of them above ${peakAbove}`}`,
  },
  citation,
});

/** The conditions, most severe level first, then in the order the text states them. */
export const ALERT_CONDITIONS: readonly AlertCondition[] = [
  condition('red-200x3-300', 200, 3, RED, 300),
  condition('orange-200x2', 200, 2, ORANGE),
  condition('orange-150x3', 150, 3, ORANGE),
  condition('yellow-200x1', 200, 1, YELLOW),
  condition('yellow-150x2', 150, 2, YELLOW),
];

/** A run of consecutive forecast days. */
export interface AlertRun {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  readonly values: readonly number[];
}
/** A condition that holds, with the run (all its consecutive qualifying days) that satisfies it. */
export interface AlertReason {
  readonly rule: AlertConditionId;
  readonly level: AlertColour;
  readonly run: AlertRun;
  readonly description: Bilingual;
  readonly citation: Citation;
}
/** What {@link alertLevel} answers. */
export interface AlertLevelResult {
  readonly level: AlertLevel;
  readonly response: ResponseLevel | null;
  /** The condition and run that set the level; `null` when no alert is called for. */
  readonly reason: AlertReason | null;
  readonly command: Bilingual | null;
  readonly duty: Bilingual | null;
  /** Every condition that holds, each with each qualifying run, in date order. */
  readonly triggers: readonly AlertReason[];
  readonly interpretations: readonly string[];
  readonly citations: readonly Citation[];
}

/**
 * Checks a forecast: `start` a real date, `dailyAqi` at least one integer from 0 to 500.
 * @param prefix put before field names in errors (`facts.` for the rule).
 * @throws ZhengceError `ZC_ERR_INVALID_DATE` (field `start`) or `ZC_ERR_INVALID_INPUT` naming the
 *   field, e.g. `dailyAqi[3]`.
 */
export function parseAlertInput(input: unknown, prefix = ''): Forecast {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidInput(prefix === '' ? 'input' : prefix.slice(0, -1), input, 'must be an object', '应为对象');
  }
  const { start, dailyAqi } = input as Record<string, unknown>;
  const date = parseCalendarDate(start, `${prefix}start`);
  if (!Array.isArray(dailyAqi) || dailyAqi.length === 0) {
    throw invalidInput(
      `${prefix}dailyAqi`,
      dailyAqi,
      'must be a list of at least one daily AQI',
      '应为至少包含一天日均值的数组',
    );
  }
  dailyAqi.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > AQI_MAX) {
      throw invalidInput(
        `${prefix}dailyAqi[${i}]`,
        v,
        `must be an integer AQI from 0 to ${AQI_MAX}`,
        `应为0至${AQI_MAX}之间的整数空气质量指数`,
      );
    }
  });
  return { start: date, dailyAqi: dailyAqi as number[] };
}

/** Maximal runs `[first, last]` (indices) of days above `above`. */
function runsAbove(values: readonly number[], above: number): Array<readonly [number, number]> {
  const runs: Array<readonly [number, number]> = [];
  let first = -1;
  values.forEach((v, i) => {
    if (v > above && first < 0) first = i;
    if (v <= above && first >= 0) {
      runs.push([first, i - 1]);
      first = -1;
    }
  });
  if (first >= 0) runs.push([first, values.length - 1]);
  return runs;
}

/** The runs of a forecast that satisfy one condition, in date order. */
export function qualifyingRuns(condition: AlertCondition, forecast: Forecast): AlertRun[] {
  const { dailyAqi, start } = forecast;
  const peak = condition.peakAbove;
  return runsAbove(dailyAqi, condition.above)
    .map(([a, b]) => ({ a, b, values: dailyAqi.slice(a, b + 1) }))
    .filter(({ values }) => values.length >= condition.minDays)
    .filter(({ values }) => peak === undefined || values.some((v) => v > peak))
    .map(({ a, b, values }) => ({
      from: addDays(start, a),
      to: addDays(start, b),
      days: values.length,
      values,
    }));
}

/** The interpretation decisions every evaluation applies. */
const INTERPRETATIONS: readonly string[] = ['D-29-2', 'D-29-5', 'D-29-6', 'D-29-7'];
const NO_ALERT: Bilingual = { zh: '不启动预警', en: 'No alert' };

interface Tested {
  readonly condition: AlertCondition;
  readonly runs: readonly AlertRun[];
  /** The longest run of days above the threshold (for red: one containing a day above 300). */
  readonly longest: number;
}
interface Classification {
  readonly level: AlertLevel;
  readonly reason: AlertReason | null;
  readonly triggers: readonly AlertReason[];
  readonly tested: readonly Tested[];
}

function classify(f: Forecast): Classification {
  const tested = ALERT_CONDITIONS.map((condition): Tested => {
    const any = qualifyingRuns({ ...condition, minDays: 1 }, f);
    return {
      condition,
      runs: any.filter((r) => r.days >= condition.minDays),
      longest: any.reduce((m, r) => Math.max(m, r.days), 0),
    };
  });
  // Conditions are listed most severe first, so a stable sort by date keeps that order on ties.
  const triggers = tested
    .flatMap(({ condition, runs }) =>
      runs.map(
        (run): AlertReason => ({
          rule: condition.id,
          level: condition.level,
          run,
          description: condition.description,
          citation: condition.citation,
        }),
      ),
    )
    .sort((x, y) => (x.run.from < y.run.from ? -1 : x.run.from > y.run.from ? 1 : 0));
  const top = triggers.reduce((m, t) => Math.max(m, levelRank(t.level)), 0);
  const reason = triggers.find((t) => levelRank(t.level) === top) ?? null;
  return { level: reason?.level ?? 'none', reason, triggers, tested };
}

/**
 * The alert level a forecast of daily AQI calls for (二（一）), with its response, command and duty
 * (三, 四（二）). Validates the input first (see {@link parseAlertInput}).
 */
export function alertLevel(input: AlertInput): AlertLevelResult {
  const { level, reason, triggers } = classify(parseAlertInput(input));
  const r = level === 'none' ? null : RESPONSES[level];
  return {
    level,
    response: r?.response ?? null,
    reason,
    command: r?.command.by ?? null,
    duty: r?.duty ?? null,
    triggers,
    interpretations: INTERPRETATIONS,
    // No alert: the three criteria, none of which holds.
    citations: r ? [...(reason ? [reason.citation] : []), ...r.citations] : [YELLOW, ORANGE, RED],
  };
}

/** Wording of every reason and step {@link alertLevelRule} emits. */
export const ALERT_LEVEL_MESSAGES: MessageCatalog = {
  'j29.alert.forecast': {
    zh: '预报期{start}至{end}，共{days}天，日均值最高{result}',
    en: 'Forecast from {start} to {end}, {days} days, highest daily AQI {result}',
  },
  ...Object.fromEntries(
    ALERT_CONDITIONS.map((c) => [
      `j29.alert.${c.id}`,
      {
        zh: `${RESPONSES[c.level].alert.zh}条件：${c.description.zh}（最长连续{longest}天）`,
        en: `${RESPONSES[c.level].alert.en} condition: ${c.description.en} (longest run: {longest} days)`,
      },
    ]),
  ),
  'j29.alert.level': { zh: '预警级别：{alertZh}', en: 'Alert level: {alertEn}' },
  'j29.alert.response': {
    zh: '启动{responseZh}，由{commandZh}组织指挥调度；各成员单位{dutyZh}',
    en: '{responseEn}; command: {commandEn}; member units: {dutyEn}',
  },
};

/** `jingjiguanfa-2023-29/alert-level`: eligible means an alert is called for, ineligible none. */
export const alertLevelRule: Rule = defineRule<AlertInput>({
  id: `${POLICY_ID}/alert-level`,
  policyId: POLICY_ID,
  title: { zh: '空气重污染预警分级', en: 'Heavy air pollution alert level' },
  citations: [YELLOW, ORANGE, RED, ADJUSTED_CRITERIA_CITATION],
  validity: { from: '2023-11-13' as CalendarDate },
  department: 'city-operations',
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'dailyAqi'],
    properties: {
      start: {
        type: 'string',
        format: 'date',
        description: 'First day of the forecast (YYYY-MM-DD)',
        'x-description-zh': '预报首日（YYYY-MM-DD）',
      },
      dailyAqi: {
        type: 'array',
        minItems: 1,
        items: { type: 'integer', minimum: 0, maximum: AQI_MAX },
        description: 'Forecast city-wide daily AQI, one value per consecutive day from the start',
        'x-description-zh': '预测全市空气质量指数日均值，自首日起逐日连续',
        'x-unit': 'AQI',
      },
    },
  },
  examples: [
    {
      title: {
        zh: '连续3天>200且其中1天>300：红色预警',
        en: 'Three days above 200, one of them above 300: red alert',
      },
      asOf: '2024-01-09' as CalendarDate,
      facts: { start: '2024-01-10', dailyAqi: [180, 230, 320, 260, 140] },
    },
    {
      title: { zh: '日均值均不超过150：不启动预警', en: 'No day above 150: no alert' },
      asOf: '2024-01-09' as CalendarDate,
      facts: { start: '2024-01-10', dailyAqi: [120, 150, 150, 90] },
    },
  ],
  messages: ALERT_LEVEL_MESSAGES,
  evaluate(facts, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const f = parseAlertInput(facts, 'facts.');
    for (const id of INTERPRETATIONS) d.interpret(id);
    const c = classify(f);
    d.step('j29.alert.forecast', {
      inputs: { start: f.start, end: addDays(f.start, f.dailyAqi.length - 1), days: f.dailyAqi.length },
      result: f.dailyAqi.reduce((m, v) => Math.max(m, v), 0),
    });
    for (const { condition, runs, longest } of c.tested) {
      const first = runs[0];
      d.check(
        `j29.alert.${condition.id}`,
        first !== undefined,
        {
          above: condition.above,
          minDays: condition.minDays,
          peakAbove: condition.peakAbove ?? null,
          longest,
          from: first?.from ?? null,
          to: first?.to ?? null,
        },
        condition.citation,
      );
    }
    const label = c.level === 'none' ? NO_ALERT : RESPONSES[c.level].alert;
    d.step('j29.alert.level', {
      inputs: {
        rule: c.reason?.rule ?? null,
        from: c.reason?.run.from ?? null,
        to: c.reason?.run.to ?? null,
      },
      parameters: { alertZh: label.zh, alertEn: label.en },
      result: c.level,
      ...(c.reason ? { citation: c.reason.citation } : {}),
    });
    if (c.level === 'none') return d.ineligible();
    const r = RESPONSES[c.level];
    d.step('j29.alert.response', {
      inputs: { level: c.level },
      parameters: {
        responseZh: r.responseName.zh,
        responseEn: r.responseName.en,
        commandZh: r.command.by.zh,
        commandEn: r.command.by.en,
        dutyZh: r.duty.zh,
        dutyEn: r.duty.en,
      },
      result: r.response,
      ...(r.citations[0] ? { citation: r.citations[0] } : {}),
    });
    return d.eligible(null);
  },
});
