/**
 * @module services/shared/crypto
 * Personal data at rest (a contact's phone number, policy-notes "Identifiers": "encrypt it at
 * rest"): AES-256-GCM with a random 96-bit IV per value, stored as
 * `v1:` + base64(iv ‖ tag ‖ ciphertext). The tag authenticates the value and, when given, a
 * context string (the row it belongs to), so an altered byte, a value copied to another row or a
 * wrong key is refused instead of decrypting to garbage.
 *
 * The key: `ZHENGCE_DATA_KEY` (base64 of 32 bytes), or else a key file
 * (`ZHENGCE_DATA_KEY_FILE`, default `./data/zhengce.key`) created with mode 0600 on first use.
 * {@link loadDataKey} is the only place that reads the environment or the file system.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ZhengceError } from '../../engine/errors.ts';

/** The key file used when neither variable is set, relative to the working directory. */
export const DEFAULT_DATA_KEY_FILE = './data/zhengce.key';

const PREFIX = 'v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cachedKey: Buffer | null = null;

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

/** Sets the cached key (tests use a temporary one), or clears it with `null` so the next call loads again. */
export function setDataKeyForTests(key: Buffer | null): void {
  if (key !== null && key.length !== KEY_BYTES)
    throw configError('key', `must be ${KEY_BYTES} bytes`, `须为 ${KEY_BYTES} 字节`);
  cachedKey = key === null ? null : Buffer.from(key);
}

/**
 * Encrypts a field for storage. `context` (e.g. `air_subplans.contact_phone:city-operations`) is
 * authenticated but not stored: decrypt with the same context.
 */
export function encryptField(plain: string, context = ''): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', loadDataKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/**
 * Decrypts a stored field.
 * @throws ZC_ERR_INTERNAL when the text is not a `v1:` value, or fails authentication: it was
 * altered, belongs to another context, or was written under another key.
 */
export function decryptField(stored: string, context = ''): string {
  const raw =
    typeof stored === 'string' && stored.startsWith(PREFIX)
      ? Buffer.from(stored.slice(PREFIX.length), 'base64')
      : Buffer.alloc(0);
  if (raw.length < IV_BYTES + TAG_BYTES) {
    throw new ZhengceError('ZC_ERR_INTERNAL', 'encrypted field: not a v1 encrypted value', {
      messageZh: '加密字段：不是 v1 格式的密文',
    });
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', loadDataKey(), raw.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new ZhengceError(
      'ZC_ERR_INTERNAL',
      'encrypted field: authentication failed — the stored value was altered, belongs to another record, or the data key is wrong',
      { messageZh: '加密字段：校验失败——密文被篡改、属于其他记录，或数据密钥不正确' },
    );
  }
}
