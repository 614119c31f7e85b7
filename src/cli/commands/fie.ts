/**
 * @module cli/commands/fie
 * Foreign-investment services (28号) from the command line, acting as the system (audited as
 * `system:cli`): `fie items` lists the lists and roundtable items by deadline with their escalation;
 * `fie export <file>` writes them as a workbook; `fie escalations` lists what is overdue as of a
 * date (D-28-4); `fie push` writes the policy notices (idempotent per enterprise and rule).
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../../services/accounts/actor.ts';
import * as fie from '../../services/enterprise-service/index.ts';
import { asOfOption, type CliIo, EXIT_OK, out, outJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');
const AS_OF = 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)';

interface ItemOpts {
  kind?: string;
  status?: string;
  creditCode?: string;
  open?: boolean;
  asOf?: string;
  json?: boolean;
}
const filterOf = (o: ItemOpts): fie.ItemFilter => ({
  ...(o.kind ? { kind: o.kind } : {}),
  ...(o.status ? { status: o.status } : {}),
  ...(o.creditCode ? { creditCode: o.creditCode } : {}),
  ...(o.open ? { open: true } : {}),
});

function itemTable(items: readonly fie.ItemView[]): string {
  return renderTable(
    ['id', 'list', 'status', 'due', 'overdue', 'level', 'owner', 'enterprise', 'title'],
    items.map((i) => [
      String(i.id),
      i.kind,
      i.status,
      i.dueOn,
      String(i.escalation.workingDaysOverdue),
      String(i.escalation.level),
      i.owner ?? '',
      i.enterprise.zh,
      i.title,
    ]),
  );
}

export function fieCommands(program: Command, io: CliIo, state: RunState): void {
  const top = program
    .command('fie')
    .description('Foreign-investment services (28号) / 外资企业服务: lists, roundtable, escalation, push');
  const withFilters = (c: Command) =>
    c
      .option('--kind <kind>', 'request, problem, vision or roundtable')
      .option('--status <status>', 'a status, e.g. in_progress')
      .option('--credit-code <code>', 'one enterprise')
      .option('--open', 'open items only')
      .option('--as-of <date>', AS_OF);

  withFilters(top.command('items').description('List and roundtable items by deadline, with escalation'))
    .option('--json', 'one JSON document')
    .action((o: ItemOpts) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const asOf = asOfOption(io, o.asOf);
          const items = await fie.listItems(store, CLI, filterOf(o), asOf);
          if (o.json) outJson(io, { asOf, items });
          else out(io, itemTable(items));
          return EXIT_OK;
        }),
      ),
    );

  withFilters(top.command('export <file>').description('Write the items as an .xlsx workbook'))
    .option('--json', 'report as JSON')
    .action((file: string, o: ItemOpts) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const asOf = asOfOption(io, o.asOf);
          const data = await fie.exportItems(store, CLI, filterOf(o), asOf);
          await writeFile(file, data);
          if (o.json) outJson(io, { file, bytes: data.length, asOf });
          else out(io, `wrote ${file} (${data.length} bytes, as of ${asOf})`);
          return EXIT_OK;
        }),
      ),
    );

  top
    .command('escalations')
    .description('Open items overdue as of a date, highest escalation level first (D-28-4)')
    .option('--as-of <date>', AS_OF)
    .option('--json', 'one JSON document')
    .action((o: { asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const asOf = asOfOption(io, o.asOf);
          const items = await fie.escalations(store, CLI, asOf);
          if (o.json) outJson(io, { asOf, items });
          else out(io, items.length === 0 ? `nothing overdue on ${asOf}` : itemTable(items));
          return EXIT_OK;
        }),
      ),
    );

  top
    .command('push')
    .description('Precise push: write each enterprise’s new policy notices in its language (idempotent)')
    .option('--credit-code <code>', 'one enterprise')
    .option('--as-of <date>', AS_OF)
    .option('--json', 'one JSON document')
    .action((o: { creditCode?: string; asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const r = await fie.pushPolicies(
            store,
            CLI,
            o.creditCode ? { creditCode: o.creditCode } : {},
            asOfOption(io, o.asOf),
            io.now(),
          );
          if (o.json) outJson(io, r);
          else
            out(
              io,
              `${r.notices} notice(s) written for ${r.files} file(s) as of ${r.asOf}; ${r.skipped.length} skipped`,
            );
          return EXIT_OK;
        }),
      ),
    );
}
