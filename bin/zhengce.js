#!/usr/bin/env node
// The `zhengce` command. Runs the TypeScript sources through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

// A reader that stops early (`zhengce … --jsonl | head`) closes the pipe: end quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
