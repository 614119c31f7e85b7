/**
 * @module web/components/policy-filters
 * The library's search box (instant filter as you type; full-text search on the server when
 * submitted), status and issuer-type filters, and the as-of date.
 */
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from '../api.ts';
import { ISSUER_TYPES, type IssuerType, STATUSES } from '../lib/policy-filter.ts';
import { AsOfPicker } from './as-of-picker.tsx';

export interface PolicyFiltersProps {
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly onSearch: (text: string) => void;
  readonly status: PolicyStatus | null;
  readonly onStatus: (status: PolicyStatus | null) => void;
  readonly issuer: IssuerType | null;
  readonly onIssuer: (issuer: IssuerType | null) => void;
  readonly asOf: string;
  readonly today: string;
  readonly onAsOf: (date: string) => void;
}

export function PolicyFilters(p: PolicyFiltersProps) {
  const { t } = useTranslation();
  const ids = { search: useId(), status: useId(), issuer: useId() };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onSearch(p.text.trim());
  };
  return (
    <div className="filters">
      <search>
        <form className="search" onSubmit={submit}>
          <label htmlFor={ids.search}>{t('library.searchLabel')}</label>
          <div className="search-row">
            <input
              id={ids.search}
              type="search"
              value={p.text}
              placeholder={t('library.searchPlaceholder')}
              onChange={(e) => p.onText(e.target.value)}
            />
            <button type="submit" className="button">
              {t('library.searchSubmit')}
            </button>
            {p.text ? (
              <button type="button" className="button button-secondary" onClick={() => p.onSearch('')}>
                {t('library.searchClear')}
              </button>
            ) : null}
          </div>
        </form>
      </search>
      <div className="filter-row">
        <div className="field field-inline">
          <label htmlFor={ids.status}>{t('library.statusLabel')}</label>
          <select
            id={ids.status}
            value={p.status ?? ''}
            onChange={(e) => p.onStatus(STATUSES.find((s) => s === e.target.value) ?? null)}
          >
            <option value="">{t('library.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.issuer}>{t('issuerType.label')}</label>
          <select
            id={ids.issuer}
            value={p.issuer ?? ''}
            onChange={(e) => p.onIssuer(ISSUER_TYPES.find((s) => s === e.target.value) ?? null)}
          >
            <option value="">{t('issuerType.all')}</option>
            {ISSUER_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`issuerType.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <AsOfPicker value={p.asOf} today={p.today} onChange={p.onAsOf} />
      </div>
    </div>
  );
}
