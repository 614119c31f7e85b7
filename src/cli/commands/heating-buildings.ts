/**
 * @module cli/commands/heating-buildings
 * New-energy heating (1309号) and green buildings (30号) from the command line, acting as the
 * system (audited as `system:cli`): `heating projects`, `heating register` (a project as JSON on
 * stdin), `heating readings import <file>` (good rows land, bad rows reported, exit 2 if any),
 * `heating report <project> --season 2024-2025` (the post-evaluation), `heating figures set <year>`
 * (the statistics bureau's figures); the building and targets commands are in
 * `buildings-targets.ts`.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidInput } from '../../engine/errors.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  createHeatingProject,
  importReadings,
  listHeatingProjects,
  seasonReport,
  setAreaFigure,
} from '../../services/heating/index.ts';
import { formatOf } from '../../services/shared/excel.ts';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, out, outJson, readJsonObject } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { buildingTargetCommands } from './buildings-targets.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

function heatingCommands(program: Command, io: CliIo, state: RunState): void {
  const heating = program.command('heating').description('1309号 new-energy heating / 新能源供热');
  heating
    .command('projects')
    .description('The registered heating projects')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const projects = await listHeatingProjects(store, CLI);
          if (o.json) outJson(io, { projects });
          else
            out(
              io,
              renderTable(
                ['code', 'name', 'technology', 'readings', 'last'],
                projects.map((p) => [
                  p.code,
                  p.name,
                  p.technology,
                  String(p.readings.count),
                  p.readings.last ?? '—',
                ]),
              ),
            );
          return EXIT_OK;
        }),
      ),
    );
  heating
    .command('register')
    .description(
      'Register a project from JSON on stdin: {code, name, technology, department?, creditCode?, heatedAreaM2?, commissionedOn?, design?}',
    )
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const input = await readJsonObject(io);
        const p = await withStore(io, (store) => createHeatingProject(store, CLI, input, io.now()));
        if (o.json) outJson(io, p);
        else out(io, `${p.code} registered (#${p.id}, ${p.department})`);
        return EXIT_OK;
      }),
    );
  heating
    .command('readings')
    .description('Meter readings / 运行读数')
    .command('import <file>')
    .description(
      'Import readings (.xlsx or .csv): good rows land together, bad rows are reported (exit 2 if any)',
    )
    .option('--json', 'one JSON document')
    .action((file: string, o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const data = await readFile(file).catch((e: Error) => {
            throw invalidInput('file', file, `cannot be read (${e.message})`, `无法读取（${e.message}）`);
          });
          const r = await importReadings(store, CLI, { data, format: formatOf(file) }, io.now());
          if (o.json) outJson(io, r);
          else {
            out(io, `added ${r.added} / 已导入 ${r.added} 条`);
            for (const p of r.projects) out(io, `  ${p.code}: ${p.added}`);
            for (const e of r.errors) io.stderr.write(`row ${e.row} ${e.field}: ${e.message}\n`);
          }
          return r.errors.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
        }),
      ),
    );
  heating
    .command('report <project>')
    .description(
      'Post-evaluation (项目后评价) of a project and season: SPF, electricity, heat, water, carbon',
    )
    .option('--season <years>', 'heating season, e.g. 2024-2025 (15 Nov – 15 Mar)')
    .option('--from <date>', 'first day of the season YYYY-MM-DD')
    .option('--to <date>', 'last day of the season YYYY-MM-DD')
    .option('--max-gap-hours <hours>', 'longest interval between readings that is not a gap (default 48)')
    .option('--json', 'one JSON document')
    .action(
      (
        project: string,
        o: { season?: string; from?: string; to?: string; maxGapHours?: string; json?: boolean },
      ) =>
        run(io, state, o.json ? 'json' : 'text', () =>
          withStore(io, async (store) => {
            const r = await seasonReport(store, CLI, project, {
              season: o.season,
              from: o.from,
              to: o.to,
              maxGapHours: o.maxGapHours,
            });
            if (o.json) outJson(io, r);
            else if (!r.ok) {
              out(io, `${r.project.code} ${r.season.label}: readings have errors / 读数有误`);
              for (const e of r.errors) out(io, `  ${e.field}${e.at ? ` (${e.at})` : ''}: ${e.message.en}`);
            } else {
              const s = r.summary;
              out(
                io,
                `${r.project.code} ${r.project.name} — ${s.season.label} (${s.season.from} – ${s.season.to})`,
              );
              out(
                io,
                `SPF ${s.spf?.display ?? '—'}  electricity ${s.totals.electricityKwh.display} kWh  heat ${s.totals.heatGj.display} GJ  water ${s.totals.waterM3.display} m³`,
              );
              out(
                io,
                `carbon ${s.carbon.tCo2.display} tCO2 (factor ${s.carbon.factor.value} ${s.carbon.factor.unit}, platform parameter)`,
              );
              out(
                io,
                renderTable(
                  ['month', 'kWh', 'GJ', 'm³', 'SPF', 'kgCO2'],
                  s.monthly.map((m) => [
                    m.month,
                    m.electricityKwh.display,
                    m.heatGj.display,
                    m.waterM3.display,
                    m.spf?.display ?? '—',
                    m.carbonKgCo2.display,
                  ]),
                ),
              );
              for (const w of s.warnings) io.stderr.write(`warning: ${w.message.en}\n`);
            }
            return r.ok ? EXIT_OK : EXIT_BAD_INPUT;
          }),
        ),
    );
  heating
    .command('figures')
    .description('The statistics bureau’s yearly heated-area figures / 统计数据')
    .command('set <year>')
    .description('Enter or correct a year’s figures (m²)')
    .requiredOption('--new-energy <m2>', 'new-energy heated area, m²')
    .requiredOption('--total <m2>', 'all heated area, m²')
    .option('--note <text>', 'source or remark')
    .option('--json', 'one JSON document')
    .action((year: string, o: { newEnergy: string; total: string; note?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const f = await setAreaFigure(
            store,
            CLI,
            { year, newEnergyAreaM2: o.newEnergy, totalAreaM2: o.total, note: o.note },
            io.now(),
          );
          if (o.json) outJson(io, f);
          else out(io, `${f.year}: ${f.newEnergyAreaM2} / ${f.totalAreaM2} m²`);
          return EXIT_OK;
        }),
      ),
    );
}

export function heatingBuildingsCommands(program: Command, io: CliIo, state: RunState): void {
  heatingCommands(program, io, state);
  buildingTargetCommands(program, io, state);
}
