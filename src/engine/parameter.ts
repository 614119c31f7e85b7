/**
 * @module engine/parameter
 * Numbers from the law live apart from logic, keyed by the date they take effect, each with its
 * reference (as openfisca's parameters do). A rule reads `valueAt(param, asOf)`; a change in the
 * law is a new dated value, not a code change.
 */
import type { Citation } from './citation.ts';
import { ZhengceError } from './errors.ts';
import type { Bilingual } from './messages.ts';
import type { CalendarDate } from './period.ts';

/** One value of a parameter and the window it holds in (inclusive; open end when `to` is absent). */
export interface DatedValue<T> {
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
  readonly value: T;
  readonly citation: Citation;
}

/** A named, dated parameter. Values must not overlap. */
export interface Parameter<T> {
  readonly id: string;
  readonly title: Bilingual;
  readonly unit?: string;
  readonly values: readonly DatedValue<T>[];
}

/** Defines a parameter, checking that its windows do not overlap. */
export function parameter<T>(def: Parameter<T>): Parameter<T> {
  const sorted = [...def.values].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (prev.to === undefined || prev.to >= sorted[i]!.from) {
      throw new ZhengceError(
        'ZC_ERR_CONFIG',
        `parameter ${def.id}: values from ${prev.from} and ${sorted[i]!.from} overlap`,
      );
    }
  }
  return { ...def, values: sorted };
}

/** The dated value in force on `asOf`, or undefined. */
export function findValueAt<T>(param: Parameter<T>, asOf: CalendarDate): DatedValue<T> | undefined {
  return param.values.find((v) => v.from <= asOf && (v.to === undefined || asOf <= v.to));
}

/** The dated value in force on `asOf`; throws `ZC_ERR_CONFIG` when the law sets none for that date. */
export function valueAt<T>(param: Parameter<T>, asOf: CalendarDate): DatedValue<T> {
  const v = findValueAt(param, asOf);
  if (!v) {
    throw new ZhengceError('ZC_ERR_CONFIG', `parameter ${param.id} has no value on ${asOf}`, {
      field: 'asOf',
      value: asOf,
      messageZh: `参数 ${param.id} 在 ${asOf} 没有取值`,
    });
  }
  return v;
}

/** A value configured at run time; without a citation it cites the coded parameter's clause. */
export type ConfiguredValue<T> = Omit<DatedValue<T>, 'citation'> & { readonly citation?: Citation };

/**
 * Values configured at run time for parameters the text leaves to an administering bureau (for
 * example the tiers of 31号 item 6, D-31-4), keyed by parameter id. Configured values replace the
 * coded ones of that parameter.
 */
export type ParameterOverrides = Readonly<Record<string, readonly ConfiguredValue<unknown>[]>>;

/** `param` with its configured values when `overrides` has any, else `param` itself. */
export function withOverrides<T>(param: Parameter<T>, overrides?: ParameterOverrides): Parameter<T> {
  const configured = overrides?.[param.id];
  if (!configured || configured.length === 0) return param;
  const coded = param.values[0]?.citation;
  return parameter<T>({
    ...param,
    values: configured.map((v) => {
      const citation = v.citation ?? coded;
      if (!citation)
        throw new ZhengceError('ZC_ERR_CONFIG', `parameter ${param.id}: a configured value has no citation`);
      return { ...v, value: v.value as T, citation };
    }),
  });
}
