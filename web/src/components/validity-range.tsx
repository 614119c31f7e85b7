/**
 * @module web/components/validity-range
 * A validity window as words: `2023-11-29 至 2025-12-31`, or open-ended.
 */
import { useTranslation } from 'react-i18next';
import type { Validity } from '../api.ts';

/** The window as a sentence in the current language. */
export function useValidityText(): (v: Validity) => string {
  const { t } = useTranslation();
  return (v) =>
    v.to ? t('validity.range', { from: v.from, to: v.to }) : t('validity.openEnded', { from: v.from });
}

export function ValidityRange({ validity }: { validity: Validity }) {
  return <span className="nowrap-dates">{useValidityText()(validity)}</span>;
}
