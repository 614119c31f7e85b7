/**
 * @module web/components/green-problems
 * The wording of the calculator's input problems: the codes found before sending (keyed by the
 * input's place in the form, see `lib/green-profile.ts`) and the one input an API error names.
 */
import { useTranslation } from 'react-i18next';
import type { DraftProblems } from '../lib/green-profile.ts';
import type { FieldSpec } from '../lib/schema-form.ts';

/** The problems to show: this form's own codes, and the one input an API error names. */
export interface ProblemSource {
  readonly codes: DraftProblems;
  readonly api: { readonly key: string; readonly text: string } | null;
}

/** `(key, field?) => text`: the wording of the problem at a draft key, if any. */
export function useProblemText(src: ProblemSource): (key: string, field?: FieldSpec) => string | undefined {
  const { t } = useTranslation();
  return (key, field) => {
    if (src.api?.key === key) return src.api.text;
    const code = src.codes[key];
    if (code === undefined) return undefined;
    if (code === 'duplicateId' || code === 'noCandidates' || code === 'loading')
      return t(`green.calc.${code}`);
    return t(`rule.${code}`, { min: field?.minimum, max: field?.maximum });
  };
}

/** The problem texts of `fields` under `prefix` (`enterprise.`, `p0.`, `p0.c1.`), by field name. */
export function useFieldProblems(
  src: ProblemSource,
): (prefix: string, fields: readonly FieldSpec[]) => Record<string, string> {
  const text = useProblemText(src);
  return (prefix, fields) => {
    const out: Record<string, string> = {};
    for (const f of fields) {
      const p = text(`${prefix}${f.name}`, f);
      if (p !== undefined) out[f.name] = p;
    }
    return out;
  };
}
