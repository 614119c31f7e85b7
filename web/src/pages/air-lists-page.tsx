/**
 * @module web/pages/air-lists-page
 * `/air/lists`, for the command office, administrators and officers (the API answers 403 to
 * anyone else): the emission-reduction and guarantee lists of 29号 附件3 with filters, each
 * entry's measures per level (一厂一策), the Excel export, and the import from Excel or CSV.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AIR_LISTS_EXPORT_URL, ApiError, api, type Bilingual } from '../api.ts';
import { AirListFilters } from '../components/air-list-filters.tsx';
import { AirListImport } from '../components/air-list-import.tsx';
import { AirListTable } from '../components/air-list-table.tsx';
import { ErrorMessage, useErrorText } from '../components/error-message.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import {
  filterChoices,
  filterEntries,
  type ListEntry,
  type ListFilter,
  NO_FILTER,
} from '../lib/air-lists.ts';

function NoAccess({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const text = useErrorText()(error);
  return (
    <div className="alert alert-warning" role="alert">
      <p className="alert-title">{t('air.lists.noAccess')}</p>
      {text ? <p>{text}</p> : null}
    </div>
  );
}

function Lists({
  entries,
  departments,
}: {
  entries: readonly ListEntry[];
  departments: ReadonlyMap<string, Bilingual>;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const choices = useMemo(() => filterChoices(entries), [entries]);
  const shown = useMemo(() => filterEntries(entries, filter, departments), [entries, filter, departments]);
  // Names come from /api/v1/departments; until it answers (or if it fails) the code stands in.
  const departmentName = (code: string) => pick(departments.get(code)) || code;
  return (
    <section className="card" aria-labelledby="air-lists-title">
      <h2 id="air-lists-title" className="section-title">
        {t('air.lists.entries')}
      </h2>
      {entries.length > 0 ? (
        <AirListFilters
          filter={filter}
          choices={choices}
          departmentName={departmentName}
          onChange={setFilter}
        />
      ) : null}
      <div className="air-list-toolbar">
        <p className={entries.length > 0 ? 'air-list-summary' : 'empty'} role="status">
          {entries.length > 0
            ? t('air.lists.count', { shown: shown.length, total: entries.length })
            : t('air.lists.empty')}
        </p>
        {/* Shown even when the lists are empty: the export is then a blank template to fill in. */}
        <p className="air-list-export">
          <a className="button button-secondary" href={AIR_LISTS_EXPORT_URL} download>
            {t('air.lists.export')}
          </a>
          <span className="muted small">{t('air.lists.exportHint')}</span>
        </p>
      </div>
      {entries.length > 0 ? <AirListTable entries={shown} departmentName={departmentName} /> : null}
    </section>
  );
}

export function AirListsPage() {
  const { t } = useTranslation();
  const lists = useAsync((signal) => api.air.lists(signal), []);
  const depts = useAsync((signal) => api.departments(signal), []);
  const departments = useMemo(
    () => new Map((depts.data?.departments ?? []).map((d) => [d.code, d.name] as const)),
    [depts.data],
  );

  const title = <title>{`${t('air.lists.title')} · ${t('app.name')} ${t('app.nameLatin')}`}</title>;
  const head = (
    <header className="page-head">
      <h1>{t('air.lists.title')}</h1>
      <p className="lead">{t('air.lists.lead')}</p>
    </header>
  );
  if (lists.error instanceof ApiError && lists.error.status === 403) {
    return (
      <div className="air-page">
        {title}
        {head}
        <NoAccess error={lists.error} />
      </div>
    );
  }
  return (
    <div className="air-page air-lists">
      {title}
      {head}
      {lists.error ? <ErrorMessage error={lists.error} onRetry={lists.reload} /> : null}
      {lists.data ? (
        <>
          <Lists entries={lists.data.entries} departments={departments} />
          <AirListImport onImported={lists.reload} />
        </>
      ) : lists.error ? null : (
        <Loading />
      )}
    </div>
  );
}
