/**
 * @module cli/commands/keys
 * `zhengce keys status` (how many encrypted values are under which data key) and `zhengce keys
 * rotate` (re-encrypt every value, and recompute the work-relief lookup hashes, under the current
 * key). The keyring comes from `ZHENGCE_DATA_KEY` / `ZHENGCE_DATA_KEY_FILE` and the old keys from
 * `ZHENGCE_DATA_KEYS_OLD` / `ZHENGCE_DATA_KEY_FILES_OLD`; the procedure is in docs/operations.md
 * ("Keys"). Only key ids (8 hex digits) are ever printed, never a key.
 */
import type { Command } from 'commander';
import { reloadKeyring } from '../../services/shared/crypto.ts';
import { keyStatus, rotateKeys } from '../../services/shared/key-rotation.ts';
import { type CliIo, EXIT_FAULT, EXIT_OK, out, outJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { withStore } from './data.ts';
import { run } from './run.ts';

export function keysCommands(program: Command, io: CliIo, state: RunState): void {
  const keys = program.command('keys').description('Data keys for personal data at rest / 个人信息加密密钥');

  keys
    .command('status')
    .description('Encrypted values per data key / 各密钥下的加密值数量')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          reloadKeyring(io.env);
          const s = await keyStatus(store);
          if (o.json) outJson(io, s);
          else {
            out(io, `current key ${s.currentKey}; old keys: ${s.oldKeys.join(', ') || 'none'}`);
            for (const [col, counts] of Object.entries(s.columns)) {
              const parts = Object.entries(counts).map(
                ([k, n]) => `${k}${k === s.currentKey ? ' (current)' : ''}: ${n}`,
              );
              out(io, `  ${col}: ${parts.join(', ') || 'no values'}`);
            }
            out(io, `${s.pending} value(s) not under the current key (zhengce keys rotate rewrites them)`);
            if (s.missingKeys.length > 0)
              out(
                io,
                `keys named by values but not configured: ${s.missingKeys.join(', ')} — add them to ZHENGCE_DATA_KEYS_OLD`,
              );
          }
          return s.missingKeys.length > 0 ? EXIT_FAULT : EXIT_OK;
        }),
      ),
    );

  keys
    .command('rotate')
    .description(
      'Re-encrypt every value and recompute lookup hashes under the current key (resumable) / 以当前密钥重新加密全部个人信息并重算检索哈希（可续跑）',
    )
    .option('--batch <rows>', 'rows per transaction', '200')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean; batch: string }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          reloadKeyring(io.env);
          const batchSize = Number(o.batch);
          const r = await rotateKeys(store, {
            batchSize: Number.isInteger(batchSize) && batchSize > 0 ? batchSize : 200,
          });
          const s = await keyStatus(store);
          if (o.json) outJson(io, { ...r, status: s });
          else {
            out(io, `rotated to key ${r.currentKey} in ${r.batches} batch(es):`);
            for (const [col, n] of Object.entries(r.reencrypted)) out(io, `  ${col}: ${n} re-encrypted`);
            out(io, `  wr_workers: ${r.rehashedWorkers} worker(s) rehashed`);
            out(io, `${s.pending} value(s) still not under the current key`);
          }
          return s.pending === 0 ? EXIT_OK : EXIT_FAULT;
        }),
      ),
    );
}
