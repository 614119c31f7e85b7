/**
 * @module policies/jingjiguanfa-2023-32/facts
 * Schema building blocks shared by the rules of 32号 (yuan amounts, dates, yes/no facts) and the
 * in-scope applicant the worked examples use.
 */
import type { SchemaNode } from '../../engine/rule.ts';
import type { ScopeFacts } from './scope.ts';

/** A yuan amount as exact decimal text with at most two decimals (`"1234.50"`). */
export const YUAN: SchemaNode = { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$', 'x-unit': '元' };

/** A yes/no fact described in both languages. */
export const bool = (en: string, zh: string): SchemaNode => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});

/** A calendar date fact described in both languages. */
export const date = (en: string, zh: string): SchemaNode => ({
  type: 'string',
  format: 'date',
  description: en,
  'x-description-zh': zh,
});

/** A yuan amount fact described in both languages. */
export const yuan = (en: string, zh: string): SchemaNode => ({
  ...YUAN,
  description: en,
  'x-description-zh': zh,
});

/** An enterprise inside the scope of the closing paragraph, with a clean record. */
export const EXAMPLE_SCOPE: ScopeFacts = {
  location: 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
};
