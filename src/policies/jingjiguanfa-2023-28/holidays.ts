/**
 * @module policies/jingjiguanfa-2023-28/holidays
 * The working-day calendar, as a dated parameter: per year, the public holidays (放假) and the
 * adjusted working weekend days (调休上班) of the State Council General Office's yearly notice on
 * the arrangement of public holidays. Deadlines of 限时反馈 are counted in these working days
 * (D-28-4). Entered years: 2023, 2024, 2025, 2026. A date in a year not entered falls back to
 * Monday–Friday and is reported as `provisional` — enter the next year's notice when it is issued.
 */

/** One year's notice: its title and document number, the days off and the weekend days worked. */
export interface HolidayNotice {
  readonly year: number;
  readonly title: string;
  /** The notice's document number, where known. */
  readonly number?: string;
  /** Every day off (放假), weekend days inside a holiday included. */
  readonly holidays: readonly string[];
  /** Saturdays and Sundays that are working days (调休上班). */
  readonly workingWeekends: readonly string[];
}

/** Inclusive run of ISO dates. */
function run(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2023,
    title: '国务院办公厅关于2023年部分节假日安排的通知',
    number: '国办发明电〔2022〕16号',
    holidays: [
      ...run('2023-01-01', '2023-01-02'), // 元旦 (from 2022-12-31)
      ...run('2023-01-21', '2023-01-27'), // 春节
      '2023-04-05', // 清明节
      ...run('2023-04-29', '2023-05-03'), // 劳动节
      ...run('2023-06-22', '2023-06-24'), // 端午节
      ...run('2023-09-29', '2023-10-06'), // 中秋节、国庆节
    ],
    workingWeekends: [
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ],
  },
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    number: '国办发明电〔2023〕7号',
    holidays: [
      '2024-01-01', // 元旦
      ...run('2024-02-10', '2024-02-17'), // 春节
      ...run('2024-04-04', '2024-04-06'), // 清明节
      ...run('2024-05-01', '2024-05-05'), // 劳动节
      '2024-06-10', // 端午节
      ...run('2024-09-15', '2024-09-17'), // 中秋节
      ...run('2024-10-01', '2024-10-07'), // 国庆节
    ],
    workingWeekends: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    holidays: [
      '2025-01-01', // 元旦
      ...run('2025-01-28', '2025-02-04'), // 春节
      ...run('2025-04-04', '2025-04-06'), // 清明节
      ...run('2025-05-01', '2025-05-05'), // 劳动节
      ...run('2025-05-31', '2025-06-02'), // 端午节
      ...run('2025-10-01', '2025-10-08'), // 国庆节、中秋节
    ],
    workingWeekends: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    holidays: [
      ...run('2026-01-01', '2026-01-03'), // 元旦
      ...run('2026-02-15', '2026-02-23'), // 春节
      ...run('2026-04-04', '2026-04-06'), // 清明节
      ...run('2026-05-01', '2026-05-05'), // 劳动节
      ...run('2026-06-19', '2026-06-21'), // 端午节
      ...run('2026-09-25', '2026-09-27'), // 中秋节
      ...run('2026-10-01', '2026-10-07'), // 国庆节
    ],
    workingWeekends: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
