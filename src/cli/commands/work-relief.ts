/**
 * @module cli/commands/work-relief
 * Work relief (1336号) from the command line, acting as the system (audited as `system:cli`):
 * `work-relief projects` lists projects; `workers import` and `attendance import` read Excel or CSV
 * (good rows land, bad rows go to stderr, exit 2 if any); `ledger` prints a month's ledger or
 * writes the clerk's workbook; `checks` runs the rules over the records; `review` gives the annual
 * review or its workbook. Resident IDs and cards appear masked only.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidInput } from '../../engine/errors.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import { formatOf } from '../../services/shared/excel.ts';
import * as wr from '../../services/work-relief/index.ts';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, out, outJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

function projectId(v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw invalidInput('--project', v, 'must be a project id', '须为项目编号');
  return n;
}

async function readInput(file: string): Promise<Buffer> {
  return readFile(file).catch((e: Error) => {
    throw invalidInput('file', file, `cannot be read (${e.message})`, `无法读取（${e.message}）`);
  });
}

function reportRows(io: CliIo, errors: readonly wr.RowError[]): number {
  for (const e of errors) io.stderr.write(`row ${e.row} ${e.field}: ${e.message}\n  ${e.messageZh}\n`);
  return errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

export function workReliefCommands(program: Command, io: CliIo, state: RunState): void {
  const top = program.command('work-relief').description('Work relief (1336号) / 以工代赈');
  const mode = (o: { json?: boolean }) => (o.json ? 'json' : 'text');

  top
    .command('projects')
    .description('List projects (by district and plan year)')
    .option('--district <code>', 'district code, e.g. fangshan-district')
    .option('--year <year>', 'plan year')
    .option('--json', 'one JSON document')
    .action((o: { district?: string; year?: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const projects = await wr.listProjects(store, CLI, o);
          if (o.json) outJson(io, { projects });
          else
            out(
              io,
              renderTable(
                ['id', 'code', 'district', 'year', 'status', 'wage budget', 'name'],
                projects.map((p) => [
                  String(p.id),
                  p.code,
                  p.district,
                  String(p.year),
                  p.status,
                  p.wageBudget,
                  p.name,
                ]),
              ),
            );
          return EXIT_OK;
        }),
      ),
    );

  const workers = top.command('workers').description('The real-name register / 实名登记');
  workers
    .command('import <file>')
    .description(
      'Import workers (.xlsx or .csv) into a district, or onto a project: bad rows are reported (exit 2)',
    )
    .option('--district <code>', 'the district that registers them')
    .option('--project <id>', 'also put them on this project’s roster (its district registers them)')
    .option('--json', 'one JSON document')
    .action((file: string, o: { district?: string; project?: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const data = await readInput(file);
          const r = await wr.importWorkers(
            store,
            CLI,
            {
              data,
              format: formatOf(file),
              ...(o.district ? { district: o.district } : {}),
              ...(o.project ? { projectId: projectId(o.project) } : {}),
            },
            io.now(),
          );
          if (o.json) outJson(io, r);
          else
            out(
              io,
              `registered ${r.registered}, enrolled ${r.enrolled} / 新登记 ${r.registered} 人，入册 ${r.enrolled} 人`,
            );
          return reportRows(io, r.errors);
        }),
      ),
    );

  top
    .command('attendance')
    .description('Daily attendance / 日常考勤')
    .command('import <file>')
    .description(
      'Import a month’s attendance (.xlsx or .csv, one row per worker, days 1–31): bad rows are reported (exit 2)',
    )
    .requiredOption('--project <id>', 'project id')
    .option('--json', 'one JSON document')
    .action((file: string, o: { project: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const data = await readInput(file);
          const r = await wr.importAttendance(
            store,
            CLI,
            projectId(o.project),
            { data, format: formatOf(file) },
            io.now(),
          );
          if (o.json) outJson(io, r);
          else out(io, `rows ${r.rows}, cells ${r.cells} / 导入 ${r.rows} 行，${r.cells} 个出勤记录`);
          return reportRows(io, r.errors);
        }),
      ),
    );

  top
    .command('ledger')
    .description('A month’s wage ledger (三(四)), or with --xlsx the workbook a clerk prints')
    .requiredOption('--project <id>', 'project id')
    .requiredOption('--period <YYYY-MM>', 'the month')
    .option('--xlsx <file>', 'write the printable workbook to this file')
    .option('--json', 'one JSON document')
    .action((o: { project: string; period: string; xlsx?: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const id = projectId(o.project);
          if (o.xlsx) {
            await writeFile(o.xlsx, await wr.exportLedger(store, CLI, id, o.period, io.now()));
            out(io, `wrote ${o.xlsx}`);
            return EXIT_OK;
          }
          const l = await wr.ledger(store, CLI, id, o.period, io.now());
          if (o.json) outJson(io, l);
          else {
            out(
              io,
              renderTable(
                ['worker', 'ID', 'days', 'rate', 'due', 'status', 'paid', 'arrears'],
                l.lines.map((x) => [
                  x.name,
                  x.residentId,
                  x.days,
                  x.dailyRate,
                  x.due,
                  x.status,
                  x.paid,
                  x.arrears ? `${x.arrears.amount} (${x.arrears.ageDays} d)` : '',
                ]),
              ),
            );
            out(
              io,
              `total / 合计: due ${l.totals.due}, paid ${l.totals.paid}, arrears ${l.totals.arrears} 元 (as of ${l.asOf})`,
            );
          }
          return EXIT_OK;
        }),
      ),
    );

  top
    .command('checks')
    .description('Run the checks of 1336号 over the records; exit 0 (findings are data, not errors)')
    .option('--project <id>', 'one project')
    .option('--district <code>', 'one district')
    .option('--year <year>', 'plan year')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .action((o: { project?: string; district?: string; year?: string; asOf?: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const r = await wr.runChecks(
            store,
            CLI,
            { projectId: o.project, district: o.district, year: o.year, asOf: o.asOf },
            io.now(),
          );
          if (o.json) outJson(io, r);
          else {
            out(
              io,
              renderTable(
                ['rule', 'outcome', 'project', 'subject', 'reason'],
                r.findings.map((f) => [
                  f.ruleId.split('/')[1] ?? f.ruleId,
                  f.outcome,
                  f.projectCode,
                  `${f.subject.label}${f.subject.period ? ` ${f.subject.period}` : ''}`,
                  f.reasons.map((m) => m.zh).join('；'),
                ]),
              ),
            );
            out(
              io,
              `${r.findings.length} findings in ${r.projects} projects (as of ${r.asOf}) / 共 ${r.findings.length} 项`,
            );
          }
          return EXIT_OK;
        }),
      ),
    );

  top
    .command('review')
    .description('The annual review by district and project (五(二)), or with --xlsx its workbook')
    .option('--year <year>', 'plan year (default this year)')
    .option('--district <code>', 'one district')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today)')
    .option('--xlsx <file>', 'write the workbook to this file')
    .option('--json', 'one JSON document')
    .action((o: { year?: string; district?: string; asOf?: string; xlsx?: string; json?: boolean }) =>
      run(io, state, mode(o), () =>
        withStore(io, async (store) => {
          const filter = { year: o.year, district: o.district, asOf: o.asOf };
          if (o.xlsx) {
            await writeFile(o.xlsx, await wr.exportReview(store, CLI, filter, io.now()));
            out(io, `wrote ${o.xlsx}`);
            return EXIT_OK;
          }
          const r = await wr.annualReview(store, CLI, filter, io.now());
          if (o.json) outJson(io, r);
          else
            out(
              io,
              renderTable(
                [
                  'district',
                  'projects',
                  'workers',
                  'person-days',
                  'paid',
                  '% of investment',
                  'priority',
                  'trained',
                  'arrears',
                  'findings',
                ],
                [
                  ...r.districts.map((d) => ({ ...d, label: d.district })),
                  { ...r.totals, label: 'total / 合计' },
                ].map((d) => [
                  d.label,
                  String(d.projects),
                  String(d.workers),
                  d.personDays,
                  d.wagesPaid,
                  d.investmentShare,
                  d.priorityShare,
                  String(d.trainedWorkers),
                  d.arrears,
                  String(d.findings),
                ]),
              ),
            );
          return EXIT_OK;
        }),
      ),
    );
}
