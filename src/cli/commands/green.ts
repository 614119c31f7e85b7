/**
 * @module cli/commands/green
 * The green low-carbon fund (31号) from the command line: `match` (the policy calculator on a
 * profile from stdin) and `grants list|import|run|approve|reject` for the 免申即享 lists, acting as
 * the system (audited as `system:cli`). `grants run` shows a progress bar on a terminal and a
 * summary at the end.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidInput } from '../../engine/errors.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  decideRun,
  importGrantList,
  LIST_KINDS,
  listGrantLists,
  matchEnterprise,
  runGrants,
} from '../../services/green/index.ts';
import { formatOf } from '../../services/shared/excel.ts';
import { asOfOption, type CliIo, EXIT_BAD_INPUT, EXIT_OK, out, outJson, readJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

type MatchJson = {
  total: string;
  projects: {
    id: string;
    winner: string | null;
    amount: string;
    entries: { ruleId: string; status: string; decision: { outcome: string; amount: string | null } }[];
  }[];
};

function listIds(v: string | undefined): number[] | undefined {
  if (v === undefined) return undefined;
  const ids = v.split(',').map((x) => Number(x.trim()));
  if (ids.some((n) => !Number.isInteger(n) || n < 1))
    throw invalidInput('--lists', v, 'must be list ids separated by commas', '须为以逗号分隔的名单编号');
  return ids;
}

function progressBar(io: CliIo): ((done: number, total: number) => void) | undefined {
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
  if (!tty) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) io.stderr.write('\n');
  };
}

export function greenCommands(program: Command, io: CliIo, state: RunState): void {
  program
    .command('match')
    .description(
      '31号 policy calculator: a profile (JSON on stdin) → every item asked about, the winner per project (从高从优不重复), the total',
    )
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option(
      '--credit-code <code>',
      'take area, standing and award history from the database for this enterprise',
    )
    .option('--json', 'one JSON document')
    .action((o: { asOf?: string; creditCode?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const asOf = asOfOption(io, o.asOf);
        const profile = await readJson(io);
        const result = (
          o.creditCode
            ? await withStore(io, (store) => matchEnterprise(store, CLI, profile, asOf, o.creditCode))
            : await matchEnterprise(null, CLI, profile, asOf)
        ) as MatchJson;
        if (o.json) outJson(io, result);
        else {
          for (const p of result.projects) {
            out(io, `${p.id}: ${p.winner ?? '—'}  ${p.amount} 元`);
            out(
              io,
              renderTable(
                ['rule', 'status', 'outcome', 'amount'],
                p.entries.map((e) => [e.ruleId, e.status, e.decision.outcome, e.decision.amount ?? '']),
              ),
            );
          }
          out(io, `total / 合计 ${result.total} 元 (as of ${asOf})`);
        }
        return EXIT_OK;
      }),
    );

  const grants = program
    .command('grants')
    .description('31号 grants without application (免申即享) / 免申即享');
  grants
    .command('list')
    .description('List kinds and imported lists')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const lists = await listGrantLists(store, CLI);
          if (o.json) outJson(io, { kinds: LIST_KINDS, lists });
          else {
            out(
              io,
              renderTable(
                ['kind', 'item', '名单'],
                Object.entries(LIST_KINDS).map(([k, v]) => [k, String(v.item), v.zh]),
              ),
            );
            out(
              io,
              renderTable(
                ['id', 'kind', 'rows', 'title'],
                lists.map((l) => [String(l.id), l.kind, String(l.rows), l.title]),
              ),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
  grants
    .command('import <file>')
    .description(
      'Import a list (.xlsx or .csv): good rows land, bad rows are reported by row (exit 2 if any)',
    )
    .requiredOption('--kind <kind>', `list kind: ${Object.keys(LIST_KINDS).join(', ')}`)
    .option('--title <title>', 'title of the list')
    .option('--json', 'one JSON document')
    .action((file: string, o: { kind: string; title?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const data = await readFile(file).catch((e: Error) => {
            throw invalidInput('file', file, `cannot be read (${e.message})`, `无法读取（${e.message}）`);
          });
          const r = await importGrantList(
            store,
            CLI,
            { kind: o.kind, title: o.title, data, format: formatOf(file), sourceName: file },
            io.now(),
          );
          if (o.json) outJson(io, r);
          else {
            out(io, `list ${r.listId ?? '—'}: added ${r.added} / 已导入 ${r.added} 条`);
            for (const e of r.errors) io.stderr.write(`row ${e.row} ${e.field}: ${e.message}\n`);
          }
          return r.errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
        }),
      ),
    );
  grants
    .command('run')
    .description(
      'Evaluate every listed row and propose the awards (a draft run); never grants the same thing twice',
    )
    .option('--lists <ids>', 'list ids, comma-separated (default: every list)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .action((o: { lists?: string; asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const r = await runGrants(
            store,
            CLI,
            { listIds: listIds(o.lists), asOf: asOfOption(io, o.asOf) },
            io.now(),
            progressBar(io),
          );
          if (o.json) outJson(io, r);
          else {
            const s = r.summary;
            out(io, `run ${r.number} (#${r.id}, draft) as of ${r.asOf}`);
            out(
              io,
              `rows ${s.rows}: granted ${s.granted}, already granted ${s.alreadyGranted}, ineligible ${s.ineligible}, needs review ${s.needsReview}, held ${s.held}`,
            );
            out(io, `total / 合计 ${s.total} 元`);
            out(
              io,
              renderTable(
                ['rule', 'granted', 'total'],
                Object.entries(s.byRule).map(([k, v]) => [k, String(v.granted), v.total]),
              ),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
  for (const decision of ['approve', 'reject'] as const) {
    grants
      .command(`${decision} <runId>`)
      .description(
        decision === 'approve'
          ? 'Approve a draft run: its awards are approved and each enterprise notified'
          : 'Reject a draft run: its proposals are freed',
      )
      .option('--json', 'one JSON document')
      .action((id: string, o: { json?: boolean }) =>
        run(io, state, o.json ? 'json' : 'text', () =>
          withStore(io, async (store) => {
            const r = await decideRun(store, CLI, id, { decision }, io.now());
            if (o.json) outJson(io, r);
            else
              out(
                io,
                `run ${r.number}: ${r.state} (${r.results.filter((x) => x.result === 'granted').length} awards)`,
              );
            return EXIT_OK;
          }),
        ),
      );
  }
}
