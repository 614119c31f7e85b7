/**
 * @module cli/prompt
 * A password prompt that does not echo what is typed.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { CliIo } from './io.ts';

/** Asks for one line on the terminal without echoing it. */
export function readHiddenLine(io: CliIo, prompt: string): Promise<string> {
  io.stderr.write(prompt);
  // readline echoes into `output`; give it a sink that swallows the keystrokes.
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: io.stdin, output: sink, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      io.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}
