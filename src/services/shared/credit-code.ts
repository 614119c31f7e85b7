/**
 * @module services/shared/credit-code
 * Accepting a unified social credit code into the records. A malformed code is refused. A code
 * whose check character is wrong is refused too, unless an administrator overrides it: a few
 * issued codes are known to fail the check (policy-notes, Identifiers), and the override is
 * recorded in the audit entry of the change.
 */
import { ZhengceError } from '../../engine/errors.ts';
import { parseCreditCode } from '../../engine/identifiers.ts';
import type { Actor } from '../accounts/actor.ts';

export interface AcceptedCreditCode {
  readonly normalized: string;
  /** True when the check character is wrong and an administrator accepted it anyway. */
  readonly checksumOverridden: boolean;
}

/**
 * Normalises and checks a credit code for storing.
 * @param override the caller asks to accept a wrong check character (administrators only)
 */
export function acceptCreditCode(
  actor: Actor,
  value: unknown,
  field: string,
  override: boolean,
): AcceptedCreditCode {
  const c = parseCreditCode(value, field);
  if (c.checksumOk) return { normalized: c.normalized, checksumOverridden: false };
  const issue = c.issues.find((i) => i.code === 'credit_code.checksum');
  const expected = String(issue?.params.expected ?? '?');
  if (!override) {
    throw new ZhengceError(
      'ZC_ERR_INVALID_INPUT',
      `${field}: ${JSON.stringify(c.normalized)} has the check character ${c.normalized.slice(-1)}, expected ${expected}; an administrator may accept it with overrideCreditCodeCheck`,
      {
        field,
        value: c.normalized,
        messageZh: `${field}：${JSON.stringify(c.normalized)} 校验码应为 ${expected}；如确为已发放的代码，可由管理员以 overrideCreditCodeCheck 确认录入`,
      },
    );
  }
  if (!(actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin'))) {
    throw new ZhengceError(
      'ZC_ERR_FORBIDDEN',
      `${field}: only an administrator may accept a credit code that fails its check`,
      {
        field,
        value: c.normalized,
        messageZh: `${field}：只有管理员可以确认录入校验未通过的统一社会信用代码`,
      },
    );
  }
  return { normalized: c.normalized, checksumOverridden: true };
}
