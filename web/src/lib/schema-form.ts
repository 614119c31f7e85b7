/**
 * @module web/lib/schema-form
 * Reads a rule's facts JSON Schema into form fields, and converts between the form's text values
 * and the facts object sent to the API. Inputs the schema types loosely (objects, arrays) fall
 * back to a JSON text box rather than being dropped.
 */
import type { Bilingual, FactsSchema, SchemaProperty } from '../api.ts';

/**
 * `decimal` is a field typed `["number", "string"]`: an exact decimal, sent as the string typed so
 * money and rates never pass through a float.
 */
export type FieldKind = 'number' | 'decimal' | 'integer' | 'string' | 'date' | 'boolean' | 'enum' | 'json';

/** One input of the facts form. */
export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly label: Bilingual;
  readonly unit?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** Allowed values, for `enum`. */
  readonly options?: readonly unknown[];
  /** Labels of enum values, when the schema gives them (`x-enum-labels: {value: {zh, en}}`). */
  readonly optionLabels?: Readonly<Record<string, Bilingual>>;
  /** The schema's `pattern`, checked before sending. */
  readonly pattern?: string;
}

/** The text in each input, keyed by field name (`''` is "not given"). */
export type FormValues = Record<string, string>;

/** Why an input could not be read. */
export type FieldProblem =
  | 'missing'
  | 'invalidNumber'
  | 'invalidInteger'
  | 'invalidJson'
  | 'invalidPattern'
  | 'belowMinimum'
  | 'aboveMaximum';

function mainType(p: SchemaProperty): string | undefined {
  if (typeof p.type === 'string') return p.type;
  if (Array.isArray(p.type)) return p.type.find((t) => t !== 'null');
  return undefined;
}

function kindOf(p: SchemaProperty): FieldKind {
  const type = mainType(p);
  if (Array.isArray(p.type) && p.type.includes('number') && p.type.includes('string') && !p.enum) {
    return 'decimal';
  }
  if (Array.isArray(p.enum) && type !== 'array' && type !== 'object') return 'enum';
  switch (type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string':
      return p.format === 'date' ? 'date' : 'string';
    default:
      return 'json';
  }
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && typeof (v as Bilingual).zh === 'string';
}

/** `x-enum-labels` as `{value: {zh, en}}`, keeping only well-formed entries. */
function enumLabels(v: unknown): Record<string, Bilingual> | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const out: Record<string, Bilingual> = {};
  for (const [k, b] of Object.entries(v)) if (isBilingual(b)) out[k] = { zh: b.zh, en: b.en || b.zh };
  return Object.keys(out).length > 0 ? out : undefined;
}

function validPattern(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    new RegExp(v, 'u');
    return v;
  } catch {
    return undefined;
  }
}

/** The form fields of a facts schema, in the schema's property order. */
export function fieldsOf(schema: FactsSchema): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, p]) => {
    const en = text(p.description) ?? text(p.title) ?? name;
    const zh = text(p['x-description-zh']) ?? text(p['x-title-zh']) ?? en;
    const unit = text(p['x-unit']);
    const kind = kindOf(p);
    const labels = kind === 'enum' ? enumLabels(p['x-enum-labels']) : undefined;
    const pattern = kind === 'decimal' || kind === 'string' ? validPattern(p.pattern) : undefined;
    return {
      name,
      kind,
      required: required.has(name),
      label: { zh, en },
      ...(unit === undefined ? {} : { unit }),
      ...(typeof p.minimum === 'number' ? { minimum: p.minimum } : {}),
      ...(typeof p.maximum === 'number' ? { maximum: p.maximum } : {}),
      ...(kind === 'enum' && Array.isArray(p.enum) ? { options: p.enum } : {}),
      ...(labels === undefined ? {} : { optionLabels: labels }),
      ...(pattern === undefined ? {} : { pattern }),
    };
  });
}

/** The option value of an enum member (its JSON, so numbers and strings stay distinct). */
export function optionValue(v: unknown): string {
  return JSON.stringify(v);
}

/** The form's text values for a facts object (e.g. a rule's example). */
export function valuesFromFacts(
  fields: readonly FieldSpec[],
  facts: Readonly<Record<string, unknown>>,
): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = facts[f.name];
    if (v === undefined || v === null) values[f.name] = '';
    else if (f.kind === 'enum') values[f.name] = optionValue(v);
    else if (f.kind === 'json') values[f.name] = JSON.stringify(v, null, 2);
    else values[f.name] = String(v);
  }
  return values;
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function inRange(
  f: FieldSpec,
  n: number,
): { ok: true; value: number } | { ok: false; problem: FieldProblem } {
  if (f.minimum !== undefined && n < f.minimum) return { ok: false, problem: 'belowMinimum' };
  if (f.maximum !== undefined && n > f.maximum) return { ok: false, problem: 'aboveMaximum' };
  return { ok: true, value: n };
}

/** Reads one input; `undefined` means "not given" (the fact is left out). */
export function readField(
  f: FieldSpec,
  raw: string,
): { ok: true; value: unknown } | { ok: false; problem: FieldProblem } {
  const s = f.kind === 'string' ? raw : raw.trim();
  if (s === '') return { ok: true, value: undefined };
  switch (f.kind) {
    case 'integer':
      return INTEGER.test(s) ? inRange(f, Number(s)) : { ok: false, problem: 'invalidInteger' };
    case 'number':
      return NUMBER.test(s) ? inRange(f, Number(s)) : { ok: false, problem: 'invalidNumber' };
    case 'decimal': {
      if (!NUMBER.test(s)) return { ok: false, problem: 'invalidNumber' };
      if (f.pattern && !new RegExp(f.pattern, 'u').test(s)) return { ok: false, problem: 'invalidPattern' };
      const r = inRange(f, Number(s));
      return r.ok ? { ok: true, value: s } : r;
    }
    case 'boolean':
      return { ok: true, value: s === 'true' };
    case 'enum':
    case 'json':
      try {
        return { ok: true, value: JSON.parse(s) };
      } catch {
        return { ok: false, problem: 'invalidJson' };
      }
    case 'string':
      if (f.pattern && !new RegExp(f.pattern, 'u').test(s)) return { ok: false, problem: 'invalidPattern' };
      return { ok: true, value: s };
    default:
      return { ok: true, value: s };
  }
}

/** The facts object of the form, or the inputs that could not be read. */
export function factsFromValues(
  fields: readonly FieldSpec[],
  values: FormValues,
): { facts: Record<string, unknown>; problems: Record<string, FieldProblem> } {
  const facts: Record<string, unknown> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const f of fields) {
    const r = readField(f, values[f.name] ?? '');
    if (!r.ok) problems[f.name] = r.problem;
    else if (r.value !== undefined) facts[f.name] = r.value;
    else if (f.required) problems[f.name] = 'missing';
  }
  return { facts, problems };
}

/**
 * The form field an API error names. The server may report a JSON pointer (`/facts/area`), a
 * dotted path (`facts.area`) or the bare name; the first segment that is a field wins.
 */
export function fieldOfError(fields: readonly FieldSpec[], errorField: string | null): string | null {
  if (!errorField) return null;
  const names = new Set(fields.map((f) => f.name));
  const parts = errorField.split(/[/.[\]]+/).filter((p) => p !== '' && p !== 'facts');
  return parts.find((p) => names.has(p)) ?? null;
}
