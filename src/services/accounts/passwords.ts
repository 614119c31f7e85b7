/**
 * @module services/accounts/passwords
 * argon2id password hashing and the password policy.
 */
import argon2 from 'argon2';
import { ZhengceError } from '../../engine/errors.ts';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A dummy hash to verify against when the user does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    dummyHash ??= argon2.hash('zhengce-timing-equaliser', OPTIONS);
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** At least 10 characters with a letter and a digit; not the username. */
export function checkPasswordPolicy(password: unknown, username: string): string {
  if (
    typeof password !== 'string' ||
    password.length < 10 ||
    !/[A-Za-z]/.test(password) ||
    !/\d/.test(password)
  ) {
    throw new ZhengceError(
      'ZC_ERR_INVALID_INPUT',
      'password: must be at least 10 characters with a letter and a digit',
      {
        field: 'password',
        messageZh: 'password：密码至少 10 位，且须包含字母和数字',
      },
    );
  }
  if (password.toLowerCase() === username.toLowerCase()) {
    throw new ZhengceError('ZC_ERR_INVALID_INPUT', 'password: must not equal the username', {
      field: 'password',
      messageZh: 'password：密码不得与用户名相同',
    });
  }
  return password;
}
