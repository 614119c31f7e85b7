/**
 * @module cli/commands/air
 * `aqi`, `alert-level`, `vehicle-check` and `fleet-plan`: the computations of the air-pollution
 * plan (京技管发〔2023〕29号), JSON on stdin, a short text answer by default, `--json` for the
 * whole answer, `--jsonl` for one answer per input line.
 */
import type { Command } from 'commander';
import { type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  aqi,
  checkVehicle,
  dateOption,
  forecastAlertLevel,
  parseAqiMode,
  planFleet,
} from '../../services/air/index.ts';
import { answerJsonLines, type CliIo, EXIT_OK, out, outJson, readJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');
type Opts = { json?: boolean; jsonl?: boolean };

/** One command that reads JSON on stdin, answers with `compute`, and renders `text` by default. */
function jsonCommand<T>(
  program: Command,
  io: CliIo,
  state: RunState,
  name: string,
  description: string,
  extra: (c: Command) => Command,
  compute: (input: unknown, o: Opts & Record<string, string | undefined>) => T,
  text: (answer: T) => string,
): void {
  extra(program.command(name).description(description))
    .option('--json', 'one JSON document')
    .option('--jsonl', 'one JSON object per input line, one answer per output line')
    .action((o: Opts & Record<string, string | undefined>) =>
      run(io, state, o.jsonl ? 'jsonl' : o.json ? 'json' : 'text', async () => {
        if (o.jsonl) return answerJsonLines(io, (v) => compute(v, o));
        const answer = compute(await readJson(io), o);
        if (o.json) outJson(io, answer);
        else out(io, text(answer));
        return EXIT_OK;
      }),
    );
}

export function airCommands(program: Command, io: CliIo, state: RunState): void {
  const today = (): CalendarDate => shanghaiDate(io.now());

  jsonCommand(
    program,
    io,
    state,
    'aqi',
    'AQI by HJ 633 (edition by the date of the data) from concentrations on stdin / 计算空气质量指数',
    (c) =>
      c
        .option('--date <date>', 'date of the data, YYYY-MM-DD (default today, Asia/Shanghai)')
        .option('--mode <mode>', 'daily | hourly', 'daily'),
    (input, o) => aqi(CLI, input, dateOption(o.date, today()), parseAqiMode(o.mode)),
    (r) =>
      [
        `${r.standard}  AQI ${r.aqi}  ${r.category.zh} ${r.category.en}  (${r.color.name.zh} ${r.color.name.en})`,
        `首要污染物 Primary: ${r.primary.length ? r.primary.join(', ') : '—'}`,
        renderTable(
          ['indicator', 'IAQI'],
          Object.entries(r.iaqi).map(([k, v]) => [k, String(v)]),
        ),
        `健康影响: ${r.healthEffects.zh}`,
        `建议措施: ${r.advice.zh}`,
      ].join('\n'),
  );

  jsonCommand(
    program,
    io,
    state,
    'alert-level',
    'Alert level a daily AQI forecast {"start","dailyAqi":[…]} calls for (29号 二(一)) / 预警级别',
    (c) => c,
    (input) => forecastAlertLevel(CLI, input),
    (r) =>
      r.level === 'none'
        ? '无预警 No alert'
        : [
            `${r.level} → ${r.response} 级响应 (response ${r.response})`,
            r.reason ? `${r.reason.run.from} – ${r.reason.run.to}: ${r.reason.run.values.join(', ')}` : '',
            r.command ? `指挥 Command: ${r.command.zh} / ${r.command.en}` : '',
            r.duty ? `值守 Duty: ${r.duty.zh} / ${r.duty.en}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
  );

  jsonCommand(
    program,
    io,
    state,
    'vehicle-check',
    'May a vehicle drive on a date under an alert level? (29号 三(二)3, 三(三)3) / 机动车限行查询',
    (c) => c,
    (input) => checkVehicle(CLI, input),
    (r) =>
      [
        r.mayDrive ? '可以上路 May drive' : '禁止上路 May not drive',
        ...r.reasons.map(
          (x) =>
            `  ${x.passed === false ? '✗' : '·'} ${x.message.zh}${x.citation ? `  [${x.citation.clause}]` : ''}`,
        ),
      ].join('\n'),
  );

  jsonCommand(
    program,
    io,
    state,
    'fleet-plan',
    'Which vehicles of a Beijing official fleet stop on a red-alert day / 公务用车停驶方案',
    (c) => c,
    (input) => planFleet(CLI, input),
    (p) =>
      [
        `total ${p.total}, quota ${p.quota}, stopped by rules ${p.stoppedByRules}, by quota ${p.stoppedByQuota}, driving ${p.driving}`,
        renderTable(
          ['plate', 'stop'],
          p.vehicles.map((v) => [v.plate, v.stop ?? '—']),
        ),
      ].join('\n'),
  );
}
