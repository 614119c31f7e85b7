/**
 * @module services/work-relief/identity
 * The personal data of the real-name register (三(二)) and how it is kept (policy-notes
 * "Identifiers"; docs/security.md): the resident ID is checked (GB 11643: check character, a birth
 * date that exists and is not in the future) and the bank card (12–19 digits; Luhn only a warning);
 * both are stored encrypted (AES-256-GCM, bound to the worker's row) beside a masked copy, and
 * looked up by a keyed hash — HMAC-SHA-256 under a key derived from the data key — so one person
 * is one row (D-1336-12) and a payment card is matched to its worker without ever storing or
 * comparing a plain number. Errors and views carry only masked values.
 */
import { createHmac } from 'node:crypto';
import { invalidInput } from '../../engine/errors.ts';
import {
  checkBankCard,
  checkMobilePhone,
  type IdentifierIssue,
  maskBankCard,
  maskPhone,
  maskResidentId,
  parseResidentId,
} from '../../engine/identifiers.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { decryptField, encryptField, loadDataKey, loadKeyring } from '../shared/crypto.ts';

/** A checked resident ID: its normalised form (kept only in memory), hash, mask and birth date. */
export interface ResidentId {
  readonly normalized: string;
  readonly hash: string;
  /** {@link hash} and the hashes under the old keys, for lookups. */
  readonly hashes: readonly string[];
  readonly masked: string;
  readonly birthDate: CalendarDate;
}

/** A checked bank card: its hash, mask, and the Luhn warning when it fails (a soft check). */
export interface BankCard {
  readonly normalized: string;
  readonly hash: string;
  /** {@link hash} and the hashes under the old keys, for comparisons. */
  readonly hashes: readonly string[];
  readonly masked: string;
  readonly warnings: readonly IdentifierIssue[];
}

/** What a keyed hash is of. */
export type HashPurpose = 'resident-id' | 'bank-card';

/**
 * HMAC-SHA-256 of `value` under a key derived for `purpose` from a data key (the current one
 * unless given). Stored hashes are under the current key; `zhengce keys rotate` recomputes them
 * after a key change.
 */
export function keyedHash(purpose: HashPurpose, value: string, dataKey: Buffer = loadDataKey()): string {
  const key = createHmac('sha256', dataKey).update(`zhengce/work-relief/${purpose}/v1`).digest();
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/**
 * The hashes `value` may be stored under: the current key's first, then the old keys' (rows not
 * yet rotated). Lookups match any of them, so one person stays one row while a rotation runs.
 */
export function keyedHashes(purpose: HashPurpose, value: string): readonly string[] {
  const ring = loadKeyring();
  return [ring.current, ...ring.old].map((k) => keyedHash(purpose, value, k.key));
}

/** Checks a resident ID (as of `asOf`, so a birth date after it is refused). Errors show it masked. */
export function residentId(value: unknown, field: string, asOf: CalendarDate): ResidentId {
  const r = parseResidentId(value, field, asOf);
  return {
    normalized: r.normalized,
    hash: keyedHash('resident-id', r.normalized),
    hashes: keyedHashes('resident-id', r.normalized),
    masked: maskResidentId(r.normalized),
    // A valid ID always has its birth date.
    birthDate: r.birthDate as CalendarDate,
  };
}

/** The keyed hash a resident ID is looked up by (after {@link residentId} has checked it). */
export function residentIdHash(normalized: string): string {
  return keyedHash('resident-id', normalized);
}

/** Checks a bank card number: 12–19 digits, else an error naming `field` with the card masked. */
export function bankCard(value: unknown, field: string): BankCard {
  const r = checkBankCard(value);
  if (!r.valid) {
    const shown =
      typeof value === 'string' || typeof value === 'number' ? maskBankCard(String(value)) : value;
    throw invalidInput(
      field,
      shown,
      'must be a bank card number of 12–19 digits',
      '须为 12–19 位数字的银行卡号',
    );
  }
  return {
    normalized: r.normalized,
    hash: keyedHash('bank-card', r.normalized),
    hashes: keyedHashes('bank-card', r.normalized),
    masked: maskBankCard(r.normalized),
    warnings: r.issues.filter((i) => i.severity === 'warning'),
  };
}

/** A mainland mobile number, or null when absent; errors show it masked. */
export function mobilePhone(value: unknown, field: string): { normalized: string; masked: string } | null {
  if (value === undefined || value === null || value === '') return null;
  const r = checkMobilePhone(value);
  if (!r.valid)
    throw invalidInput(
      field,
      typeof value === 'string' ? maskPhone(value) : value,
      'must be a mainland mobile number (11 digits)',
      '须为 11 位大陆手机号',
    );
  return { normalized: r.normalized, masked: maskPhone(r.normalized) };
}

/** Encryption contexts: a stored value decrypts only as its own worker's (by the ID hash). */
export const idContext = (idHash: string) => `wr_workers.id:${idHash}`;
export const cardContext = (idHash: string) => `wr_workers.card:${idHash}`;
export const phoneContext = (idHash: string) => `wr_workers.phone:${idHash}`;

export const encrypt = encryptField;

/** The birth date of a stored worker, from the encrypted ID (never stored in the clear: with the
 * masked ID it would give the whole number away). */
export function storedBirthDate(idEnc: string, idHash: string): CalendarDate {
  const id = decryptField(idEnc, idContext(idHash));
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` as CalendarDate;
}
