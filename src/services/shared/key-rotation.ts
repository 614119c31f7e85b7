/**
 * @module services/shared/key-rotation
 * `zhengce keys status` and `zhengce keys rotate` (docs/operations.md, "Keys"): every encrypted
 * column, how many of its values are under which data key, and the re-encryption of the values
 * not under the current key. The work-relief register's lookup hashes (HMAC under a key derived
 * from the data key) are recomputed with its encrypted fields, in the same row update, because
 * the fields' encryption contexts name the row's resident-ID hash.
 *
 * Rows are rewritten in batches, each batch in its own transaction, and each update names the old
 * value (`where … = old`), so a rotation can run beside the server, can be interrupted and run
 * again (it picks up the rows still under old keys), and a second run changes nothing.
 */
import { sql } from 'kysely';
import { ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import { systemActor } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { cardContext, idContext, keyedHash, phoneContext } from '../work-relief/identity.ts';
import { currentKeyPrefix, decryptField, encryptField, loadKeyring } from './crypto.ts';

/** An encrypted column and the context each row's value is bound to. */
interface Column {
  readonly table: 'air_subplans' | 'fie_contacts';
  readonly key: 'unit_code' | 'id';
  readonly column: 'contact_phone_enc' | 'phone_enc';
  /** The encryption context, as the owning service writes it. */
  readonly context: (row: Record<string, unknown>) => string;
}

/**
 * The single-column encrypted fields. The contexts repeat the owning services' (alerts/plans.ts,
 * enterprise-service/files.ts); the rotation tests decrypt through those services, so a drift fails.
 */
const COLUMNS: readonly Column[] = [
  {
    table: 'air_subplans',
    key: 'unit_code',
    column: 'contact_phone_enc',
    context: (r) => `air_subplans.contact_phone:${String(r.unit_code)}`,
  },
  {
    table: 'fie_contacts',
    key: 'id',
    column: 'phone_enc',
    context: (r) => `fie_contacts.phone:${String(r.file_id)}`,
  },
];
const WR = ['id_enc', 'card_enc', 'phone_enc'] as const;

/** Every encrypted column, `table.column`. */
export const ENCRYPTED_COLUMNS: readonly string[] = [
  ...COLUMNS.map((c) => `${c.table}.${c.column}`),
  ...WR.map((c) => `wr_workers.${c}`),
];

/** What `keys status` reports. */
export interface KeyStatus {
  readonly currentKey: string;
  readonly oldKeys: readonly string[];
  /** Per `table.column`: how many values under each key id (`v1`: written before key ids). */
  readonly columns: Record<string, Record<string, number>>;
  /** Values not under the current key (what `keys rotate` would rewrite). */
  readonly pending: number;
  /** Key ids that values name but the keyring lacks: they cannot be read until the key is added. */
  readonly missingKeys: readonly string[];
}

/** How many values of every encrypted column are under which key. Decrypts nothing. */
export async function keyStatus(store: Store): Promise<KeyStatus> {
  const ring = loadKeyring();
  const known = new Set([ring.current.id, ...ring.old.map((k) => k.id)]);
  const columns: Record<string, Record<string, number>> = {};
  let pending = 0;
  const missing = new Set<string>();
  for (const name of ENCRYPTED_COLUMNS) {
    const [table, column] = name.split('.') as [string, string];
    const col = sql.ref(column);
    const kid = sql<string>`case when ${col} like 'v1:%' then 'v1' else substr(${col}, 4, 8) end`;
    const rows = await sql<{
      kid: string;
      n: number | string;
    }>`select ${kid} as kid, count(*) as n from ${sql.table(
      table,
    )} where ${col} is not null group by ${kid}`.execute(store.db);
    const counts: Record<string, number> = {};
    for (const r of rows.rows) {
      counts[r.kid] = Number(r.n);
      if (r.kid !== ring.current.id) pending += Number(r.n);
      if (r.kid !== 'v1' && !known.has(r.kid)) missing.add(r.kid);
    }
    columns[name] = counts;
  }
  return {
    currentKey: ring.current.id,
    oldKeys: ring.old.map((k) => k.id),
    columns,
    pending,
    missingKeys: [...missing].sort(),
  };
}

/** What `keys rotate` reports. */
export interface RotationReport {
  readonly currentKey: string;
  /** Values re-encrypted per `table.column`. */
  readonly reencrypted: Record<string, number>;
  /** Work-relief workers whose resident-ID and bank-card hashes were recomputed. */
  readonly rehashedWorkers: number;
  readonly batches: number;
}

/** Adds where the failing row is to a decryption error (the key id is already in its message). */
function located(e: unknown, where: string): unknown {
  if (!(e instanceof ZhengceError)) return e;
  const code = e.code === 'ZC_ERR_INTERNAL' ? 'ZC_ERR_CONFIG' : e.code;
  return new ZhengceError(code, `${where}: ${e.message}`, {
    field: e.field ?? 'ZHENGCE_DATA_KEYS_OLD',
    messageZh: `${where}：${e.messageZh ?? e.message}`,
  });
}

/**
 * Re-encrypts every value not under the current key, and recomputes the work-relief hashes, in
 * batches of `batchSize` rows per transaction. Idempotent and resumable.
 * @throws ZC_ERR_CONFIG naming the key id (and the row) when a value's key is not configured.
 */
export async function rotateKeys(
  store: Store,
  opts: { batchSize?: number; now?: Date } = {},
): Promise<RotationReport> {
  const batchSize = opts.batchSize ?? 200;
  const prefix = currentKeyPrefix();
  const like = `${prefix}%`;
  const reencrypted: Record<string, number> = Object.fromEntries(ENCRYPTED_COLUMNS.map((c) => [c, 0]));
  let batches = 0;
  let rehashedWorkers = 0;

  for (const c of COLUMNS) {
    const name = `${c.table}.${c.column}`;
    let after: string | number | null = null;
    for (;;) {
      const done = await store.db.transaction().execute(async (trx) => {
        let q = sql`select * from ${sql.table(c.table)} where ${sql.ref(c.column)} is not null and ${sql.ref(
          c.column,
        )} not like ${like}`;
        if (after !== null) q = sql`${q} and ${sql.ref(c.key)} > ${after}`;
        const rows = (
          await sql<Record<string, unknown>>`${q} order by ${sql.ref(c.key)} limit ${batchSize}`.execute(trx)
        ).rows;
        for (const r of rows) {
          const old = String(r[c.column]);
          let plain: string;
          try {
            plain = decryptField(old, c.context(r));
          } catch (e) {
            throw located(e, `${name} (${c.key} ${String(r[c.key])})`);
          }
          const res = await sql`update ${sql.table(c.table)} set ${sql.ref(c.column)} = ${encryptField(
            plain,
            c.context(r),
          )} where ${sql.ref(c.key)} = ${r[c.key]} and ${sql.ref(c.column)} = ${old}`.execute(trx);
          reencrypted[name]! += Number(res.numAffectedRows ?? 0n);
          after = r[c.key] as string | number;
        }
        return rows.length < batchSize;
      });
      batches++;
      if (done) break;
    }
  }

  let afterId = 0;
  for (;;) {
    const done = await store.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('wr_workers')
        .select(['id', 'id_hash', 'id_enc', 'card_hash', 'card_enc', 'phone_enc'])
        .where((eb) =>
          eb.or([
            eb('id_enc', 'not like', like),
            eb('card_enc', 'not like', like),
            eb.and([eb('phone_enc', 'is not', null), eb('phone_enc', 'not like', like)]),
          ]),
        )
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      for (const w of rows) {
        afterId = w.id;
        const where = `wr_workers (id ${w.id})`;
        let id: string;
        let card: string;
        let phone: string | null;
        try {
          id = decryptField(w.id_enc, idContext(w.id_hash));
          card = decryptField(w.card_enc, cardContext(w.id_hash));
          phone = w.phone_enc === null ? null : decryptField(w.phone_enc, phoneContext(w.id_hash));
        } catch (e) {
          throw located(e, where);
        }
        const idHash = keyedHash('resident-id', id);
        const res = await trx
          .updateTable('wr_workers')
          .set({
            id_hash: idHash,
            id_enc: encryptField(id, idContext(idHash)),
            card_hash: keyedHash('bank-card', card),
            card_enc: encryptField(card, cardContext(idHash)),
            phone_enc: phone === null ? null : encryptField(phone, phoneContext(idHash)),
          })
          .where('id', '=', w.id)
          .where('id_enc', '=', w.id_enc)
          .where('card_enc', '=', w.card_enc)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) > 0) {
          rehashedWorkers++;
          for (const col of WR)
            if (col !== 'phone_enc' || phone !== null) reencrypted[`wr_workers.${col}`]! += 1;
        }
      }
      return rows.length < batchSize;
    });
    batches++;
    if (done) break;
  }
  const report = { currentKey: prefix.slice(3, 11), reencrypted, rehashedWorkers, batches };
  // Key ids and counts only: never a key, never a value.
  if (Object.values(reencrypted).some((n) => n > 0))
    await store.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        systemActor('keys rotate'),
        {
          action: 'keys.rotate',
          entityType: 'data_key',
          entityId: report.currentKey,
          details: { reencrypted, rehashedWorkers },
        },
        opts.now,
      ),
    );
  return report;
}
