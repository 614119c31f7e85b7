/**
 * @module policies/jingfagai-2023-1336/wages-paid
 * 三(四) 及时足额发放劳务报酬: one worker's wages for one month, as the ledger holds them.
 *
 * > (四)及时足额发放劳务报酬。……施工单位建立统一规范用工名册和劳务报酬发放台账,经务工人员确认后,原则上
 * > 将劳务报酬通过银行卡发放至本人。
 *
 * Due = daily rate × days worked (in halves), rounded half up to the fen once (D-1336-4). The worker
 * confirms the amount before payment (D-1336-5). The month is due on the pay day of the following
 * month (D-1336-3); after it, what is unpaid is in arrears, with its age in days. "Eligible" here
 * means the line complies; before the due date an open line is not a finding.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { type Fen, formatYuan, subFen } from '../../engine/money.ts';
import { type CalendarDate, daysBetween } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { FROM, LEDGER_CITATION, POLICY_ID, RATE_CITATION, TIMELY_CITATION } from './citations.ts';
import { count, date, daysText, fenOf, month, wagesDue, yuan } from './facts.ts';

export interface WagesPaidFacts {
  readonly period: string;
  readonly halfDays: number;
  readonly dailyRate: string;
  readonly payDueOn: CalendarDate;
  readonly confirmedOn?: CalendarDate;
  readonly confirmedAmount?: string;
  readonly paid: string;
  readonly firstPaidOn?: CalendarDate;
  readonly lastPaidOn?: CalendarDate;
}

export const wagesPaid: Rule = defineRule<WagesPaidFacts>({
  id: `${POLICY_ID}/wages-paid`,
  policyId: POLICY_ID,
  title: {
    zh: '劳务报酬经本人确认并及时足额发放',
    en: 'Wages confirmed by the worker and paid in full, on time',
  },
  citations: [TIMELY_CITATION, LEDGER_CITATION, RATE_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['period', 'halfDays', 'dailyRate', 'payDueOn', 'paid'],
    properties: {
      period: month('The month of work, YYYY-MM', '务工月份（YYYY-MM）'),
      halfDays: count(
        'Attendance that month, in half-days (a full day is 2)',
        '当月出勤（半天计，全天为 2）',
        '半天',
      ),
      dailyRate: yuan('Daily rate of pay, yuan', '日劳务报酬标准（元）'),
      payDueOn: date('The day the month’s wages are due', '当月劳务报酬应发日期'),
      confirmedOn: date('The day the worker confirmed the amount', '务工人员确认日期'),
      confirmedAmount: yuan('The amount the worker confirmed, yuan', '务工人员确认的金额（元）'),
      paid: yuan('Paid so far, yuan', '已发放金额（元）'),
      firstPaidOn: date('Day of the first payment', '首次发放日期'),
      lastPaidOn: date('Day of the latest payment', '最近一次发放日期'),
    },
  },
  examples: [
    {
      title: {
        zh: '2026年5月出勤20.5天，日工资200元，确认后足额发放',
        en: 'May 2026: 20.5 days at 200 yuan, confirmed and paid',
      },
      asOf: '2026-06-30' as CalendarDate,
      facts: {
        period: '2026-05',
        halfDays: 41,
        dailyRate: '200',
        payDueOn: '2026-06-15',
        confirmedOn: '2026-06-05',
        confirmedAmount: '4100',
        paid: '4100',
        firstPaidOn: '2026-06-10',
        lastPaidOn: '2026-06-10',
      },
    },
  ],
  messages: {
    'j1336.wages.due': {
      zh: '{period} 出勤 {days} 天 × 日工资 {rate} 元 = 应发 {result} 元',
      en: '{period}: {days} days × {rate} yuan a day = {result} yuan due',
    },
    'j1336.wages.confirmed': {
      zh: '务工人员已于 {confirmedOn} 确认金额',
      en: 'The worker confirmed the amount on {confirmedOn}',
    },
    'j1336.wages.confirmation_pending': {
      zh: '务工人员尚未确认，应发日 {payDueOn} 未到',
      en: 'Not yet confirmed by the worker; due on {payDueOn}',
    },
    'j1336.wages.unconfirmed': {
      zh: '应发日 {payDueOn} 已过，务工人员仍未确认金额',
      en: 'The due date {payDueOn} has passed and the worker has not confirmed the amount',
    },
    'j1336.wages.confirmed_amount': {
      zh: '确认金额 {confirmedAmount} 元与台账应发 {due} 元一致',
      en: 'The confirmed {confirmedAmount} yuan matches the {due} yuan due',
    },
    'j1336.wages.confirmed_amount_differs': {
      zh: '确认金额 {confirmedAmount} 元与台账应发 {due} 元不一致',
      en: 'The confirmed {confirmedAmount} yuan differs from the {due} yuan due',
    },
    'j1336.wages.paid_before_confirmation': {
      zh: '{firstPaidOn} 发放早于本人确认（{confirmedOn}）',
      en: 'Paid on {firstPaidOn}, before the worker confirmed ({confirmedOn})',
    },
    'j1336.wages.paid_after_confirmation': {
      zh: '先确认后发放',
      en: 'Confirmed before payment',
    },
    'j1336.wages.paid_in_full': {
      zh: '已足额发放 {paid} 元（应发 {due} 元）',
      en: 'Paid in full: {paid} of {due} yuan',
    },
    'j1336.wages.not_yet_due': {
      zh: '已发 {paid} 元，尚欠 {outstanding} 元，应发日 {payDueOn} 未到',
      en: '{paid} yuan paid, {outstanding} yuan open; due on {payDueOn}',
    },
    'j1336.wages.arrears': {
      zh: '拖欠 {outstanding} 元（应发 {due} 元，已发 {paid} 元），已逾期 {ageDays} 天',
      en: '{outstanding} yuan in arrears ({paid} of {due} yuan paid), {ageDays} days overdue',
    },
    'j1336.wages.overpaid': {
      zh: '已发 {paid} 元，多于应发 {due} 元，请核对',
      en: '{paid} yuan paid is more than the {due} yuan due; please check',
    },
    'j1336.wages.paid_on_time': {
      zh: '于应发日 {payDueOn} 前发放（{lastPaidOn}）',
      en: 'Paid by the due date {payDueOn} ({lastPaidOn})',
    },
    'j1336.wages.paid_late': {
      zh: '{lastPaidOn} 才发放完毕，晚于应发日 {payDueOn} {lateDays} 天',
      en: 'Paid in full only on {lastPaidOn}, {lateDays} days after the due date {payDueOn}',
    },
    'j1336.wages.payment_date_missing': {
      zh: '已发放但未记录发放日期',
      en: 'Paid, but the payment date is not recorded',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-1336-4');
    const rate = fenOf(f.dailyRate, 'facts.dailyRate');
    const paid = fenOf(f.paid, 'facts.paid');
    const due: Fen = wagesDue(rate, f.halfDays);
    d.step('j1336.wages.due', {
      inputs: { period: f.period, halfDays: f.halfDays, days: daysText(f.halfDays), rate: formatYuan(rate) },
      parameters: { rounding: 'half_up' },
      result: formatYuan(due),
      citation: RATE_CITATION,
    });
    const p = { period: f.period, due: formatYuan(due), paid: formatYuan(paid), payDueOn: f.payDueOn };
    const pastDue = asOf > f.payDueOn;
    // 经务工人员确认后 (D-1336-5)
    d.interpret('D-1336-5');
    if (f.confirmedOn !== undefined) {
      d.check('j1336.wages.confirmed', true, { ...p, confirmedOn: f.confirmedOn }, LEDGER_CITATION);
      if (f.confirmedAmount !== undefined) {
        const same = fenOf(f.confirmedAmount, 'facts.confirmedAmount') === due;
        d.check(
          same ? 'j1336.wages.confirmed_amount' : 'j1336.wages.confirmed_amount_differs',
          same,
          { ...p, confirmedAmount: f.confirmedAmount },
          LEDGER_CITATION,
        );
      }
      if (f.firstPaidOn !== undefined) {
        const before = f.firstPaidOn < f.confirmedOn;
        d.check(
          before ? 'j1336.wages.paid_before_confirmation' : 'j1336.wages.paid_after_confirmation',
          !before,
          { ...p, confirmedOn: f.confirmedOn, firstPaidOn: f.firstPaidOn },
          LEDGER_CITATION,
        );
      }
    } else {
      d.check(
        pastDue ? 'j1336.wages.unconfirmed' : 'j1336.wages.confirmation_pending',
        !pastDue,
        p,
        LEDGER_CITATION,
      );
    }
    // 及时足额 (D-1336-3)
    d.interpret('D-1336-3');
    if (paid > due) d.check('j1336.wages.overpaid', null, p, TIMELY_CITATION);
    else if (paid < due) {
      const outstanding = formatYuan(subFen(due, paid));
      if (pastDue) {
        const ageDays = daysBetween(f.payDueOn, asOf);
        d.check('j1336.wages.arrears', false, { ...p, outstanding, ageDays }, TIMELY_CITATION);
      } else d.check('j1336.wages.not_yet_due', true, { ...p, outstanding }, TIMELY_CITATION);
    } else {
      d.check('j1336.wages.paid_in_full', true, p, TIMELY_CITATION);
      if (due > 0) {
        if (f.lastPaidOn === undefined) d.check('j1336.wages.payment_date_missing', null, p, TIMELY_CITATION);
        else {
          const lateDays = daysBetween(f.payDueOn, f.lastPaidOn);
          d.check(
            lateDays > 0 ? 'j1336.wages.paid_late' : 'j1336.wages.paid_on_time',
            lateDays <= 0,
            { ...p, lastPaidOn: f.lastPaidOn, lateDays },
            TIMELY_CITATION,
          );
        }
      }
    }
    return d.decide(due);
  },
});
