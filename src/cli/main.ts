/**
 * @module cli/main
 * The `zhengce` command line. Each subcommand parses its input, calls a service and renders the
 * answer as a table (default), one JSON document (`--json`) or JSON Lines (`--jsonl`). Exit codes:
 * 0 ok, 2 bad input (with `{"error":{code, field, message}}`), 1 fault.
 */
import { Command, CommanderError } from 'commander';
import { airCommands } from './commands/air.ts';
import { alertCommands } from './commands/alerts.ts';
import { backupCommands } from './commands/backup.ts';
import { catalogCommands } from './commands/catalog.ts';
import { dataCommands } from './commands/data.ts';
import { fieCommands } from './commands/fie.ts';
import { greenCommands } from './commands/green.ts';
import { heatingBuildingsCommands } from './commands/heating-buildings.ts';
import { keysCommands } from './commands/keys.ts';
import { serveCommand } from './commands/serve.ts';
import { workReliefCommands } from './commands/work-relief.ts';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './io.ts';
import { VERSION } from './version.ts';

/** The process's own streams and clock. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    stdinIsTTY: process.stdin.isTTY === true,
  };
}

/** A command's outcome, set by its action. */
export interface RunState {
  exitCode: number;
}

/** Builds the program; `state.exitCode` carries the result of the action that ran. */
export function buildProgram(io: CliIo, state: RunState): Command {
  const program = new Command('zhengce')
    .description(
      'Zhengce (政策): rules as code for Beijing Municipal Gazette 2024 No. 13 / 北京市人民政府公报2024年第13期政策规则平台',
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  catalogCommands(program, io, state);
  airCommands(program, io, state);
  alertCommands(program, io, state);
  dataCommands(program, io, state);
  backupCommands(program, io, state);
  keysCommands(program, io, state);
  greenCommands(program, io, state);
  heatingBuildingsCommands(program, io, state);
  workReliefCommands(program, io, state);
  fieCommands(program, io, state);
  serveCommand(program, io, state);
  return program;
}

/** Runs the CLI on `argv` (as `process.argv`) and resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const state: RunState = { exitCode: EXIT_OK };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; unknown options, missing arguments and the like are bad input.
      return e.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    throw e;
  }
  return state.exitCode;
}
