/**
 * @module web/components/air-list-import
 * Importing the lists from a spreadsheet: a file input (.xlsx or .csv) whose bytes are sent with
 * the matching content type; then "added N" and every rejected row (row number, column, value,
 * reason in the interface language). Below it, the column headers the import reads.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { useSheetUpload } from '../hooks/use-sheet-upload.ts';
import {
  CSV_TYPE,
  columnHeader,
  displayValue,
  LIST_COLUMNS,
  type ListImportResult,
  XLSX_TYPE,
} from '../lib/air-lists.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

function Rejected({ result }: { result: ListImportResult }) {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  if (result.errors.length === 0) return null;
  return (
    <section aria-labelledby="air-list-rejected-title">
      <h3 id="air-list-rejected-title">{t('air.lists.rejected', { count: result.errors.length })}</h3>
      <div className="air-table-wrap">
        <table className="air-table air-list-rejected">
          <thead>
            <tr>
              <th scope="col">{t('air.lists.row')}</th>
              <th scope="col">{t('air.lists.field')}</th>
              <th scope="col">{t('air.lists.value')}</th>
              <th scope="col">{t('air.lists.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, i) => {
              const header = columnHeader(e.field);
              const value = displayValue(e.value);
              return (
                // A row may be rejected once per problem; the list is replaced whole.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={`${e.row}-${e.field}-${i}`}>
                  <th scope="row" className="num">
                    {e.row}
                  </th>
                  <td className="air-list-column">
                    {header ?? e.field}
                    {header ? <span className="muted small air-cell-sub">{e.field}</span> : null}
                  </td>
                  <td className="air-list-value">{value || t('air.lists.emptyValue')}</td>
                  <td>{lang === 'en' ? e.message || e.messageZh : e.messageZh || e.message}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The column headers the import reads, and what goes in them. */
export function AirListHelp() {
  const { t } = useTranslation();
  return (
    <section className="air-list-help" aria-labelledby="air-list-help-title">
      <h3 id="air-list-help-title">{t('air.lists.helpTitle')}</h3>
      <ul className="air-list-columns">
        {LIST_COLUMNS.map((c) => (
          <li key={c.key}>
            <code lang="zh-CN">{c.header}</code>
          </li>
        ))}
      </ul>
      <p className="small">{t('air.lists.helpRequired')}</p>
      <p className="small muted">{t('air.lists.helpValues')}</p>
    </section>
  );
}

export function AirListImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const sheet = useSheetUpload<ListImportResult>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = sheet.upload(
      (bytes, type) => api.air.importLists(bytes, type),
      (r) => {
        if (r.added > 0) onImported();
      },
    );
    setProblem(refused ? t(refused === 'bad-type' ? 'air.lists.badFile' : 'air.lists.chooseFile') : null);
  };

  return (
    <section className="card air-list-import" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('air.lists.importTitle')}
      </h2>
      <p className="muted">{t('air.lists.importLead')}</p>
      <form onSubmit={submit} noValidate className="air-list-import-form">
        <AirField label={t('air.lists.file')} hint={t('air.lists.fileHint')} problem={problem}>
          {(a) => (
            <input
              {...a}
              key={sheet.inputKey}
              type="file"
              name="file"
              accept={`.xlsx,.csv,${CSV_TYPE},${XLSX_TYPE}`}
              onChange={(e) => {
                sheet.choose(e.target.files?.[0] ?? null);
                setProblem(null);
              }}
            />
          )}
        </AirField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={sheet.busy}>
            {sheet.busy ? t('air.lists.importing') : t('air.lists.importSubmit')}
          </button>
        </div>
      </form>
      {sheet.error ? <ErrorMessage error={sheet.error} /> : null}
      {sheet.result ? (
        <div className="air-list-result">
          <p className="alert air-alert-ok" role="status">
            {t('air.lists.added', { count: sheet.result.added })}
          </p>
          <Rejected result={sheet.result} />
        </div>
      ) : null}
      <AirListHelp />
    </section>
  );
}
