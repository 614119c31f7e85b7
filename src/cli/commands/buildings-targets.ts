/**
 * @module cli/commands/buildings-targets
 * Green buildings (30号) and the targets dashboard from the command line, acting as the system
 * (audited as `system:cli`): `buildings register` (a project as JSON on stdin), `buildings
 * checklist <project>`, `buildings record <project> <item>`, and `targets` (1309号 一(三) and 30号
 * 四 as of a date).
 */
import type { Command } from 'commander';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  buildingTargets,
  createBuildingProject,
  projectChecklist,
  recordGateItem,
} from '../../services/buildings/index.ts';
import { heatingTargets } from '../../services/heating/index.ts';
import { asOfOption, type CliIo, EXIT_OK, out, outJson, readJsonObject } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

export function buildingTargetCommands(program: Command, io: CliIo, state: RunState): void {
  const buildings = program.command('buildings').description('30号 green buildings / 绿色建筑');
  buildings
    .command('register')
    .description(
      'Register a project from JSON on stdin: {code, name, facts, gate, targetKind, areaSqm, completedOn?, creditCode?, department?}',
    )
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const input = await readJsonObject(io);
        const p = await withStore(io, (store) => createBuildingProject(store, CLI, input, io.now()));
        if (o.json) outJson(io, p);
        else out(io, `${p.code} registered (#${p.id}, ${p.department})`);
        return EXIT_OK;
      }),
    );
  buildings
    .command('checklist <project>')
    .description('七 过程管理: the stage gates of a project (done, missing, not applicable)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .action((project: string, o: { asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const c = await projectChecklist(store, CLI, project, asOfOption(io, o.asOf));
          if (o.json) outJson(io, c);
          else {
            out(
              io,
              `${c.project.code} ${c.project.name}: ${c.requirement.outcome}; missing ${c.missing.length}`,
            );
            out(
              io,
              renderTable(
                ['stage', 'item', 'status', 'departments', 'recorded'],
                c.stages.flatMap((s) =>
                  s.items.map((i) => [
                    s.clause,
                    i.id,
                    i.status,
                    i.departments.join(', '),
                    i.record ? `${i.record.recordedBy} ${i.record.recordedAt.slice(0, 10)}` : '',
                  ]),
                ),
              ),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
  buildings
    .command('record <project> <item>')
    .description('Record a checklist item as done (as the system, for the item’s department)')
    .option('--note <text>', 'what was checked or recorded')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .action((project: string, item: string, o: { note?: string; asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const c = await recordGateItem(
            store,
            CLI,
            project,
            { itemId: item, note: o.note },
            asOfOption(io, o.asOf),
            io.now(),
          );
          if (o.json) outJson(io, c);
          else out(io, `${c.project.code}: ${item} recorded; missing ${c.missing.length}`);
          return EXIT_OK;
        }),
      ),
    );
  program
    .command('targets')
    .description('1309号 一(三) heating targets and 30号 四 building targets / 目标进展')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .action((o: { asOf?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const asOf = asOfOption(io, o.asOf);
          const heating = await heatingTargets(store, CLI, asOf);
          const buildings = await buildingTargets(store, CLI, asOf);
          if (o.json) outJson(io, { asOf, heating, buildings });
          else {
            out(io, `heating / 新能源供热 (as of ${asOf})`);
            out(
              io,
              renderTable(
                ['target', 'year', 'value', 'required', 'status'],
                heating.progress.flatMap((p) =>
                  p.points.map((x) => [
                    p.title.zh,
                    String(x.year),
                    x.percent ?? x.value.display,
                    x.requiredPercent ?? x.required.display,
                    x.status,
                  ]),
                ),
              ),
            );
            const r = buildings.report;
            out(
              io,
              `buildings / 绿色建筑 (${r.status}${r.status === 'not_yet' ? '' : `, measured ${r.measuredOn}`})`,
            );
            out(
              io,
              renderTable(
                ['target', 'achieved m²', 'target m²', '%', 'met'],
                r.targets.map((x) => [
                  x.title.zh,
                  x.achievedSqm,
                  x.targetSqm,
                  x.sharePercent,
                  x.met ? 'yes' : 'no',
                ]),
              ),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
}
