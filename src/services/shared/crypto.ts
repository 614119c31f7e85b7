/**
 * @module services/shared/crypto
 * Personal data at rest (a contact's phone number, policy-notes "Identifiers": "encrypt it at
 * rest"): AES-256-GCM with a random 96-bit IV per value, stored as
 * `v2:<key id>:` + base64(iv ‖ tag ‖ ciphertext). The tag authenticates the value and, when given,
 * a context string (the row it belongs to), so an altered byte, a value copied to another row or a
 * wrong key is refused instead of decrypting to garbage. Values written before key ids existed
 * (`v1:` + base64, no key named) are still read, under any key of the ring.
 *
 * The keyring: the current key, `ZHENGCE_DATA_KEY` (base64 of 32 bytes) or else a key file
 * (`ZHENGCE_DATA_KEY_FILE`, default `./data/zhengce.key`) created with mode 0600 on first use;
 * plus the previous keys, `ZHENGCE_DATA_KEYS_OLD` (comma-separated base64) and
 * `ZHENGCE_DATA_KEY_FILES_OLD` (comma-separated paths), kept only to read values not yet
 * re-encrypted by `zhengce keys rotate` (docs/operations.md, "Keys"). A key's id is the first
 * 8 hex digits of a SHA-256 over it: it names the key without revealing it.
 * {@link loadKeyring} is the only place that reads the environment or the file system.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ZhengceError } from '../../engine/errors.ts';

/** The key file used when neither variable is set, relative to the working directory. */
export const DEFAULT_DATA_KEY_FILE = './data/zhengce.key';

const V1 = 'v1:';
const V2 = 'v2:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A data key and its id. */
export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The current key (encrypts) and the previous ones (only decrypt). */
export interface Keyring {
  readonly current: DataKey;
  readonly old: readonly DataKey[];
}

/** The id of a key: 8 hex digits of SHA-256("zhengce/data-key-id/v1" ‖ key). */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('zhengce/data-key-id/v1').update(key).digest('hex').slice(0, 8);
}

const named = (key: Buffer): DataKey => ({ id: keyId(key), key });

let cachedKey: Buffer | null = null;
let cachedOld: readonly DataKey[] | null = null;

function configError(field: string, message: string, messageZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_CONFIG', `${field}: ${message}`, {
    field,
    messageZh: `${field}：${messageZh}`,
  });
}

function decodeKey(text: string, field: string): Buffer {
  const t = text.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(t) ? Buffer.from(t, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw configError(
      field,
      `must be the base64 encoding of ${KEY_BYTES} bytes (got ${key.length} bytes)`,
      `须为 ${KEY_BYTES} 字节密钥的 base64 编码（实际 ${key.length} 字节）`,
    );
  }
  return key;
}

/**
 * The data key: `ZHENGCE_DATA_KEY`, else the key file (created, mode 0600, when missing). Cached
 * after the first call; {@link setDataKeyForTests} replaces or clears the cache.
 * @throws ZC_ERR_CONFIG when the key is malformed or the key file is readable by others.
 */
export function loadDataKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  if (cachedKey !== null) return cachedKey;
  const fromEnv = env.ZHENGCE_DATA_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    cachedKey = decodeKey(fromEnv, 'ZHENGCE_DATA_KEY');
    return cachedKey;
  }
  const file = resolve(env.ZHENGCE_DATA_KEY_FILE || DEFAULT_DATA_KEY_FILE);
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': create only if absent, so two processes starting together cannot both write a key.
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600); // the umask may have narrowed the mode; never widened it
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw configError(
      'ZHENGCE_DATA_KEY_FILE',
      `${file} is readable by other users; run chmod 600 on it`,
      `${file} 可被其他用户读取，请执行 chmod 600`,
    );
  }
  cachedKey = decodeKey(readFileSync(file, 'utf8'), 'ZHENGCE_DATA_KEY_FILE');
  return cachedKey;
}

/**
 * The previous keys: `ZHENGCE_DATA_KEYS_OLD` (comma-separated base64) and the files named in
 * `ZHENGCE_DATA_KEY_FILES_OLD` (comma-separated paths; each must be mode 0600 like the key file).
 * The current key is left out if listed. Cached like the current key.
 */
export function loadOldKeys(env: NodeJS.ProcessEnv = process.env): readonly DataKey[] {
  if (cachedOld !== null) return cachedOld;
  const current = keyId(loadDataKey(env));
  const keys: DataKey[] = [];
  const add = (k: Buffer) => {
    const d = named(k);
    if (d.id !== current && !keys.some((x) => x.id === d.id)) keys.push(d);
  };
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  for (const text of list(env.ZHENGCE_DATA_KEYS_OLD)) add(decodeKey(text, 'ZHENGCE_DATA_KEYS_OLD'));
  for (const path of list(env.ZHENGCE_DATA_KEY_FILES_OLD)) {
    const file = resolve(path);
    let text: string;
    try {
      if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
        throw configError(
          'ZHENGCE_DATA_KEY_FILES_OLD',
          `${file} is readable by other users; run chmod 600 on it`,
          `${file} 可被其他用户读取，请执行 chmod 600`,
        );
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof ZhengceError) throw e;
      throw configError(
        'ZHENGCE_DATA_KEY_FILES_OLD',
        `cannot read ${file}: ${(e as Error).message}`,
        `无法读取 ${file}：${(e as Error).message}`,
      );
    }
    add(decodeKey(text, 'ZHENGCE_DATA_KEY_FILES_OLD'));
  }
  cachedOld = keys;
  return keys;
}

/** The current key and the previous ones, with their ids. */
export function loadKeyring(env: NodeJS.ProcessEnv = process.env): Keyring {
  return { current: named(loadDataKey(env)), old: loadOldKeys(env) };
}

/** Forgets the cached keys and loads the ring again from `env` (the CLI's `keys` commands). */
export function reloadKeyring(env: NodeJS.ProcessEnv = process.env): Keyring {
  cachedKey = null;
  cachedOld = null;
  return loadKeyring(env);
}

/**
 * Sets the cached keys (tests use temporary ones), or clears them with `null` so the next call
 * loads again from the environment.
 */
export function setDataKeyForTests(key: Buffer | null, old: readonly Buffer[] = []): void {
  for (const k of key === null ? [] : [key, ...old])
    if (k.length !== KEY_BYTES)
      throw configError('key', `must be ${KEY_BYTES} bytes`, `须为 ${KEY_BYTES} 字节`);
  cachedKey = key === null ? null : Buffer.from(key);
  cachedOld = key === null ? null : old.map((k) => named(Buffer.from(k))).filter((d) => d.id !== keyId(key));
}

/**
 * Encrypts a field for storage under the current key. `context` (e.g.
 * `air_subplans.contact_phone:city-operations`) is authenticated but not stored: decrypt with the
 * same context.
 */
export function encryptField(plain: string, context = ''): string {
  const { id, key } = named(loadDataKey());
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${V2}${id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The key a stored value names: its id, `v1` (written before key ids), or null (not encrypted). */
export function storedKeyId(stored: string): string | null {
  if (stored.startsWith(V1)) return 'v1';
  const m = /^v2:([0-9a-f]{8}):/.exec(stored);
  return m ? m[1]! : null;
}

/** The prefix of every value written under the current key (for finding the others in SQL). */
export function currentKeyPrefix(): string {
  return `${V2}${keyId(loadDataKey())}:`;
}

function open(key: Buffer, raw: Buffer, context: string): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}

/**
 * Decrypts a stored field: a `v2` value under the key it names, a `v1` value under whichever key
 * of the ring opens it.
 * @throws ZC_ERR_CONFIG when the value names a key that is not configured (the message names its
 * id: add the key to `ZHENGCE_DATA_KEYS_OLD`); ZC_ERR_INTERNAL when the text is not an encrypted
 * value, or fails authentication: it was altered, belongs to another context, or (v1) was written
 * under a key that is not in the ring.
 */
export function decryptField(stored: string, context = ''): string {
  const id = typeof stored === 'string' ? storedKeyId(stored) : null;
  const body = id === null ? '' : stored.slice(id === 'v1' ? V1.length : V2.length + 9);
  const raw = /^[A-Za-z0-9+/]*={0,2}$/.test(body) ? Buffer.from(body, 'base64') : Buffer.alloc(0);
  if (raw.length < IV_BYTES + TAG_BYTES) {
    throw new ZhengceError('ZC_ERR_INTERNAL', 'encrypted field: not a v1 or v2 encrypted value', {
      messageZh: '加密字段：不是 v1 或 v2 格式的密文',
    });
  }
  const ring = loadKeyring();
  const all = [ring.current, ...ring.old];
  let candidates: readonly DataKey[] = all;
  if (id !== 'v1') {
    candidates = all.filter((k) => k.id === id);
    if (candidates.length === 0)
      throw configError(
        'ZHENGCE_DATA_KEYS_OLD',
        `encrypted field: written under data key ${id}, which is not configured (current key ${ring.current.id}${ring.old.length ? `, old keys ${ring.old.map((k) => k.id).join(', ')}` : ''}); add key ${id} to ZHENGCE_DATA_KEYS_OLD`,
        `加密字段：使用数据密钥 ${id} 加密，但未配置该密钥（当前密钥 ${ring.current.id}${ring.old.length ? `，旧密钥 ${ring.old.map((k) => k.id).join('、')}` : ''}）；请将密钥 ${id} 加入 ZHENGCE_DATA_KEYS_OLD`,
      );
  }
  for (const k of candidates) {
    const plain = open(k.key, raw, context);
    if (plain !== null) return plain;
  }
  throw new ZhengceError(
    'ZC_ERR_INTERNAL',
    'encrypted field: authentication failed — the stored value was altered, belongs to another record, or the data key is wrong',
    { messageZh: '加密字段：校验失败——密文被篡改、属于其他记录，或数据密钥不正确' },
  );
}
