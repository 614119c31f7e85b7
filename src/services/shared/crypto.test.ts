/**
 * Personal data at rest: a value comes back as it went in, the stored text never shows it, and an
 * altered byte, another record's context or another key is refused with a clear error. The key
 * comes from the environment or from a key file created with mode 0600.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import {
  decryptField,
  encryptField,
  keyId,
  loadDataKey,
  loadKeyring,
  setDataKeyForTests,
  storedKeyId,
} from './crypto.ts';

const PHONE = '13812345678';
const errorOf = (f: () => unknown): ZhengceError => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof ZhengceError, String(e));
    return e;
  }
  assert.fail('expected an error');
};

describe('encryptField / decryptField', () => {
  const key = randomBytes(32);
  afterEach(() => setDataKeyForTests(key));
  setDataKeyForTests(key);

  test('a value comes back as it went in, Chinese text included', () => {
    for (const plain of [PHONE, '010-67881234', '张三 24小时值班', '']) {
      assert.equal(decryptField(encryptField(plain)), plain);
    }
  });

  test('the stored text is v2:<key id>:base64 and never contains the plain value, nor repeats itself', () => {
    const a = encryptField(PHONE);
    const b = encryptField(PHONE);
    assert.match(a, /^v2:[0-9a-f]{8}:[A-Za-z0-9+/]+=*$/);
    assert.equal(storedKeyId(a), keyId(key));
    assert.notEqual(a, b); // a fresh IV each time
    for (const s of [a, b]) {
      assert.ok(!s.includes(PHONE));
      assert.ok(!s.includes('5678'));
      assert.ok(!Buffer.from(s.slice(12), 'base64').toString('latin1').includes(PHONE));
    }
  });

  test('a changed byte anywhere (IV, tag or ciphertext) fails with a clear error', () => {
    const stored = encryptField(PHONE);
    const raw = Buffer.from(stored.slice(12), 'base64');
    for (const i of [0, 12, 20, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[i] = bad[i]! ^ 0x01;
      const e = errorOf(() => decryptField(`${stored.slice(0, 12)}${bad.toString('base64')}`));
      assert.equal(e.code, 'ZC_ERR_INTERNAL');
      assert.match(e.message, /authentication failed.*altered/);
      assert.ok(!e.message.includes(PHONE));
    }
  });

  test('a value under a key the ring lacks is ZC_ERR_CONFIG naming the key id', () => {
    const stored = encryptField(PHONE);
    setDataKeyForTests(randomBytes(32));
    const e = errorOf(() => decryptField(stored));
    assert.equal(e.code, 'ZC_ERR_CONFIG');
    assert.match(e.message, new RegExp(`data key ${keyId(key)}, which is not configured`));
    assert.ok(e.messageZh?.includes(keyId(key)));
  });

  test('old keys decrypt what they wrote; new values are under the current key', () => {
    const underOld = encryptField(PHONE, 'ctx');
    const next = randomBytes(32);
    setDataKeyForTests(next, [key]);
    assert.equal(decryptField(underOld, 'ctx'), PHONE);
    assert.equal(storedKeyId(encryptField(PHONE)), keyId(next));
    // A v1 value (no key named) is tried under every key of the ring.
    const v1 = `v1:${underOld.slice(12)}`;
    assert.equal(storedKeyId(v1), 'v1');
    assert.equal(decryptField(v1, 'ctx'), PHONE);
    setDataKeyForTests(next);
    assert.match(errorOf(() => decryptField(v1, 'ctx')).message, /data key is wrong/);
  });

  test('a value bound to one record does not decrypt as another', () => {
    const stored = encryptField(PHONE, 'air_subplans.contact_phone:city-operations');
    assert.equal(decryptField(stored, 'air_subplans.contact_phone:city-operations'), PHONE);
    assert.equal(
      errorOf(() => decryptField(stored, 'air_subplans.contact_phone:taihu-town')).code,
      'ZC_ERR_INTERNAL',
    );
  });

  test('text that is not an encrypted value is refused', () => {
    for (const s of [
      '',
      PHONE,
      'v1:',
      'v1:AAAA',
      'v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'v2:0123abcd:AAAA',
    ]) {
      assert.match(errorOf(() => decryptField(s)).message, /not a v1 or v2 encrypted value/);
    }
  });
});

describe('loadDataKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zc-key-'));
  const restore = randomBytes(32);
  afterEach(() => setDataKeyForTests(null));
  after(() => {
    setDataKeyForTests(restore);
    rmSync(dir, { recursive: true, force: true });
  });

  test('ZHENGCE_DATA_KEY wins, and is cached', () => {
    const key = randomBytes(32);
    setDataKeyForTests(null);
    assert.deepEqual(loadDataKey({ ZHENGCE_DATA_KEY: key.toString('base64') }), key);
    assert.deepEqual(loadDataKey({ ZHENGCE_DATA_KEY: randomBytes(32).toString('base64') }), key);
  });

  test('a key of the wrong length is a configuration error naming the variable', () => {
    setDataKeyForTests(null);
    const e = errorOf(() => loadDataKey({ ZHENGCE_DATA_KEY: randomBytes(16).toString('base64') }));
    assert.deepEqual([e.code, e.field], ['ZC_ERR_CONFIG', 'ZHENGCE_DATA_KEY']);
    assert.match(e.message, /32 bytes \(got 16 bytes\)/);
  });

  test('without the variable, a key file is created with mode 0600 and read back the next time', () => {
    const file = join(dir, 'sub', 'zhengce.key');
    setDataKeyForTests(null);
    const first = loadDataKey({ ZHENGCE_DATA_KEY_FILE: file });
    assert.equal(first.length, 32);
    if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(readFileSync(file, 'utf8').trim(), first.toString('base64'));
    setDataKeyForTests(null);
    assert.deepEqual(loadDataKey({ ZHENGCE_DATA_KEY_FILE: file }), first);
  });

  test('old keys come from ZHENGCE_DATA_KEYS_OLD and ZHENGCE_DATA_KEY_FILES_OLD, current key left out', () => {
    const [cur, k1, k2] = [randomBytes(32), randomBytes(32), randomBytes(32)];
    const file = join(dir, 'old.key');
    writeFileSync(file, `${k2.toString('base64')}\n`, { mode: 0o600 });
    setDataKeyForTests(null);
    const ring = loadKeyring({
      ZHENGCE_DATA_KEY: cur.toString('base64'),
      ZHENGCE_DATA_KEYS_OLD: ` ${k1.toString('base64')}, ${cur.toString('base64')} ,`,
      ZHENGCE_DATA_KEY_FILES_OLD: file,
    });
    assert.equal(ring.current.id, keyId(cur));
    assert.deepEqual(
      ring.old.map((k) => k.id),
      [keyId(k1), keyId(k2)],
    );
    setDataKeyForTests(null);
    const e = errorOf(() =>
      loadKeyring({ ZHENGCE_DATA_KEY: cur.toString('base64'), ZHENGCE_DATA_KEYS_OLD: 'not-a-key' }),
    );
    assert.deepEqual([e.code, e.field], ['ZC_ERR_CONFIG', 'ZHENGCE_DATA_KEYS_OLD']);
  });

  test('a key file readable by others is refused', { skip: process.platform === 'win32' }, () => {
    const file = join(dir, 'open.key');
    writeFileSync(file, randomBytes(32).toString('base64'));
    chmodSync(file, 0o644);
    setDataKeyForTests(null);
    const e = errorOf(() => loadDataKey({ ZHENGCE_DATA_KEY_FILE: file }));
    assert.deepEqual([e.code, e.field], ['ZC_ERR_CONFIG', 'ZHENGCE_DATA_KEY_FILE']);
    assert.match(e.message, /chmod 600/);
  });
});
