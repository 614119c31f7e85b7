/**
 * @module engine/errors
 * Faults with stable codes. Every failure that can reach a user is a {@link ZhengceError} whose
 * `code` is listed in `docs/errors.md`; the HTTP status for each code is decided in one place,
 * `src/api/errors.ts`. A rejected input names the field, the value and why (ARCHITECTURE.md, Errors).
 */

/** Every error code the platform can answer with, and whether it is the caller's fault. */
export const ERROR_CODES = {
  ZC_ERR_INVALID_INPUT: 'input',
  ZC_ERR_INVALID_DATE: 'input',
  ZC_ERR_INVALID_MONEY: 'input',
  ZC_ERR_INVALID_JSON: 'input',
  ZC_ERR_FACTS_INVALID: 'input',
  ZC_ERR_TOO_LARGE: 'input',
  ZC_ERR_POLICY_NOT_FOUND: 'not_found',
  ZC_ERR_RULE_NOT_FOUND: 'not_found',
  ZC_ERR_CLAUSE_NOT_FOUND: 'not_found',
  ZC_ERR_NOT_FOUND: 'not_found',
  ZC_ERR_UNAUTHENTICATED: 'auth',
  ZC_ERR_BAD_CREDENTIALS: 'auth',
  ZC_ERR_RATE_LIMITED: 'auth',
  ZC_ERR_FORBIDDEN: 'forbidden',
  ZC_ERR_CONFLICT: 'conflict',
  ZC_ERR_AUDIT_CHAIN_BROKEN: 'fault',
  ZC_ERR_CONFIG: 'fault',
  ZC_ERR_INTERNAL: 'fault',
} as const;

/** A stable error code, `ZC_ERR_*`. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Options that locate a fault in the caller's input. */
export interface ErrorDetails {
  /** The input field at fault, as a dotted path (`facts.area`, `asOf`). */
  readonly field?: string;
  /** The offending value, as received (never a secret). */
  readonly value?: unknown;
  /** The same message in Chinese, for the zh-CN interface. */
  readonly messageZh?: string;
  /** Further machine-readable detail (e.g. every schema violation). */
  readonly details?: unknown;
}

/** Base class of every expected fault in Zhengce. */
export class ZhengceError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly value: unknown;
  readonly messageZh: string | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, opts: ErrorDetails = {}) {
    super(message);
    this.name = 'ZhengceError';
    this.code = code;
    this.field = opts.field;
    this.value = opts.value;
    this.messageZh = opts.messageZh;
    this.details = opts.details;
  }

  /** True when the caller sent something wrong (CLI exit 2, HTTP 4xx). */
  get isInputError(): boolean {
    return ERROR_CODES[this.code] !== 'fault';
  }

  /** The JSON body every shell answers with: `{"error":{code, field, value, message, messageZh}}`. */
  toJSON(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = {
      code: this.code,
      field: this.field ?? null,
      message: this.message,
    };
    if (this.value !== undefined) error.value = this.value;
    if (this.messageZh !== undefined) error.messageZh = this.messageZh;
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}

/** Shorthand for a rejected input value. */
export function invalidInput(field: string, value: unknown, reason: string, reasonZh?: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_INPUT', `${field}: ${describe(value)} ${reason}`, {
    field,
    value,
    ...(reasonZh === undefined ? {} : { messageZh: `${field}：${describe(value)} ${reasonZh}` }),
  });
}

/** A short printable form of a rejected value, for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return '(missing)';
  const s = typeof value === 'string' ? JSON.stringify(value) : safeJson(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
