/**
 * @module cli/commands/alerts
 * `alerts list|issue|change|lift|receipts` and `outbox drain`: the alert workflow for an operator
 * on the server (acting as the system, audited as `system:cli`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidInput } from '../../engine/errors.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  type AlertView,
  changeAlert,
  drainOutbox,
  exportListEntries,
  getAlert,
  importListEntries,
  issueAlert,
  liftAlert,
  listAlerts,
  receiptBoard,
} from '../../services/alerts/index.ts';
import { formatOf } from '../../services/shared/excel.ts';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, out, outJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

function alertId(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw invalidInput('alertId', v, 'must be a positive whole number', '须为正整数');
  return n;
}

function renderAlert(a: AlertView): string {
  return [
    `#${a.id} ${a.number}  ${a.levelLabel.zh} ${a.levelLabel.en}  ${a.status}  ${a.response ? `响应 ${a.response}` : ''}`,
    `  ${a.startsAt} – ${a.endsAt ?? '…'}   回执 receipts ${a.receipts.acknowledged}/${a.receipts.total}`,
    ...a.events.map(
      (e) =>
        `  ${e.seq}. ${e.at} ${e.kind} ${e.fromLevel ?? ''}→${e.toLevel ?? ''} ${e.number ?? ''} (${e.actor})`,
    ),
  ].join('\n');
}

export function alertCommands(program: Command, io: CliIo, state: RunState): void {
  const alerts = program
    .command('alerts')
    .description('Heavy air-pollution alerts (29号 二) / 空气重污染预警');
  const show = (o: { json?: boolean }, a: AlertView) => (o.json ? outJson(io, a) : out(io, renderAlert(a)));

  alerts
    .command('list')
    .description('Alerts, newest first')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const list = await listAlerts(store, CLI);
          if (o.json) outJson(io, { alerts: list });
          else out(io, list.length ? list.map(renderAlert).join('\n') : 'no alerts / 无预警记录');
          return EXIT_OK;
        }),
      ),
    );

  alerts
    .command('issue')
    .description('Record a municipal order and issue the alert to every member unit and listed enterprise')
    .requiredOption('--number <text>', 'the order number')
    .requiredOption('--level <level>', 'yellow | orange | red')
    .requiredOption('--starts-at <time>', 'start, with offset, e.g. 2026-12-01T20:00+08:00')
    .option('--ends-at <time>', 'end, with offset')
    .option('--note <text>', 'note')
    .option('--json', 'one JSON document')
    .action(
      (o: {
        number: string;
        level: string;
        startsAt: string;
        endsAt?: string;
        note?: string;
        json?: boolean;
      }) =>
        run(io, state, o.json ? 'json' : 'text', () =>
          withStore(io, async (store) => {
            const id = await issueAlert(
              store,
              CLI,
              { number: o.number, level: o.level, startsAt: o.startsAt, endsAt: o.endsAt, note: o.note },
              io.now(),
            );
            show(o, await getAlert(store, CLI, id));
            return EXIT_OK;
          }),
        ),
    );

  alerts
    .command('change <id>')
    .description('Raise, lower or extend the alert')
    .requiredOption('--level <level>', 'yellow | orange | red')
    .option('--number <text>', 'the order number of the change')
    .option('--ends-at <time>', 'new end, with offset')
    .option('--note <text>', 'note')
    .option('--json', 'one JSON document')
    .action(
      (id: string, o: { level: string; number?: string; endsAt?: string; note?: string; json?: boolean }) =>
        run(io, state, o.json ? 'json' : 'text', () =>
          withStore(io, async (store) => {
            await changeAlert(
              store,
              CLI,
              alertId(id),
              { level: o.level, number: o.number, endsAt: o.endsAt, note: o.note },
              io.now(),
            );
            show(o, await getAlert(store, CLI, alertId(id)));
            return EXIT_OK;
          }),
        ),
    );

  alerts
    .command('lift <id>')
    .description('Lift the alert (二(五))')
    .option('--number <text>', 'the order number of the lifting')
    .option('--note <text>', 'note')
    .option('--json', 'one JSON document')
    .action((id: string, o: { number?: string; note?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          await liftAlert(store, CLI, alertId(id), { number: o.number, note: o.note }, io.now());
          show(o, await getAlert(store, CLI, alertId(id)));
          return EXIT_OK;
        }),
      ),
    );

  alerts
    .command('receipts <id>')
    .description('Receipt board of the latest event, and the report to the municipal office')
    .option('--json', 'one JSON document')
    .action((id: string, o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const b = await receiptBoard(store, CLI, alertId(id));
          if (o.json) outJson(io, b);
          else {
            out(io, `${b.summary.acknowledged}/${b.summary.total} acknowledged / 已回执`);
            out(
              io,
              renderTable(
                ['kind', 'recipient', '回执 acknowledged', 'reminders'],
                b.recipients.map((r) => [r.kind, r.name.zh, r.acknowledgedAt ?? '—', String(r.reminders)]),
              ),
            );
            out(io, b.report.zh);
          }
          return EXIT_OK;
        }),
      ),
    );

  const lists = program
    .command('air-lists')
    .description('Emission-reduction and guarantee lists (29号 附件3) / 减排清单');
  lists
    .command('import <file>')
    .description(
      'Import entries from .xlsx or .csv: good rows land, bad rows are reported by row (exit 2 if any)',
    )
    .option('--json', 'one JSON document')
    .action((file: string, o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const data = await readFile(file).catch((e: Error) => {
            throw invalidInput('file', file, `cannot be read (${e.message})`, `无法读取（${e.message}）`);
          });
          const r = await importListEntries(store, CLI, data, formatOf(file), io.now());
          if (o.json) outJson(io, r);
          else {
            out(io, `added ${r.added} / 已导入 ${r.added} 条`);
            for (const e of r.errors) io.stderr.write(`row ${e.row} ${e.field}: ${e.message}\n`);
          }
          return r.errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
        }),
      ),
    );
  lists
    .command('export <file>')
    .description('Write the lists to an .xlsx file (the import format)')
    .action((file: string) =>
      run(io, state, 'text', () =>
        withStore(io, async (store) => {
          await writeFile(file, await exportListEntries(store, CLI));
          out(io, `written ${file}`);
          return EXIT_OK;
        }),
      ),
    );

  program
    .command('outbox')
    .description('Outbox / 待发消息')
    .command('drain')
    .description('Deliver every pending notice now (the server does this every second)')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const r = await drainOutbox(store, io.now);
          if (o.json) outJson(io, r);
          else out(io, `delivered ${r.delivered}, pending ${r.pending}`);
          return EXIT_OK;
        }),
      ),
    );
}
