/**
 * @module cli/commands/run
 * Wraps a command action: runs it, turns errors into the exit code and the error body.
 */
import { type CliIo, type OutputMode, reportError } from '../io.ts';
import type { RunState } from '../main.ts';

/** Runs `action`; on error prints it in the command's output mode and sets the exit code (2 input, 1 fault). */
export async function run(
  io: CliIo,
  state: RunState,
  mode: OutputMode,
  action: () => Promise<number | undefined> | number | undefined,
): Promise<void> {
  try {
    const code = await action();
    if (code !== undefined) state.exitCode = code;
  } catch (e) {
    state.exitCode = reportError(io, e, mode);
  }
}
