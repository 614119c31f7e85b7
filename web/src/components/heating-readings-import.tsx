/**
 * @module web/components/heating-readings-import
 * The operator or the supervising department reports meter readings (1309号 五(四)) as a
 * spreadsheet (.xlsx or .csv, any of its projects): how many landed per project, and every row
 * that did not — row, column, value and reason in the interface language. Good rows land together.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { useSheetUpload } from '../hooks/use-sheet-upload.ts';
import { CSV_TYPE, displayValue, XLSX_TYPE } from '../lib/air-lists.ts';
import { heatingApi, READINGS_TEMPLATE_URL, type ReadingImportResult } from '../lib/heating-api.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

function Rejected({ result }: { result: ReadingImportResult }) {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  if (result.errors.length === 0) return null;
  return (
    <section aria-labelledby="hb-rejected-title">
      <h3 id="hb-rejected-title">{t('hb.heating.rejected', { count: result.errors.length })}</h3>
      <div className="air-table-wrap">
        <table className="air-table hb-rejected">
          <thead>
            <tr>
              <th scope="col">{t('hb.heating.row')}</th>
              <th scope="col">{t('hb.heating.field')}</th>
              <th scope="col">{t('hb.heating.value')}</th>
              <th scope="col">{t('hb.heating.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e) => (
              <tr key={`${e.row}-${e.field}`}>
                <th scope="row" className="num">
                  {e.row}
                </th>
                <td>
                  <code>{e.field}</code>
                </td>
                <td>{displayValue(e.value) || t('hb.heating.emptyValue')}</td>
                <td>{lang === 'en' ? e.message : e.messageZh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function HeatingReadingsImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const sheet = useSheetUpload<ReadingImportResult>();
  const { inputKey, busy, result, error } = sheet;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = sheet.upload(
      (bytes, type) => heatingApi.importReadings(bytes, type),
      (r) => {
        if (r.added > 0) onImported();
      },
    );
    setProblem(refused ? t(refused === 'bad-type' ? 'hb.heating.badFile' : 'hb.heating.chooseFile') : null);
  };

  return (
    <section className="card hb-import" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('hb.heating.importTitle')}
      </h2>
      <p className="muted">{t('hb.heating.importLead')}</p>
      <p className="small">
        <a href={READINGS_TEMPLATE_URL} download>
          {t('hb.heating.template')}
        </a>
      </p>
      <form onSubmit={submit} noValidate>
        <AirField label={t('hb.heating.file')} hint={t('hb.heating.fileHint')} problem={problem}>
          {(a) => (
            <input
              {...a}
              key={inputKey}
              type="file"
              name="file"
              accept={`.xlsx,.csv,${CSV_TYPE},${XLSX_TYPE}`}
              onChange={(e) => sheet.choose(e.target.files?.[0] ?? null)}
            />
          )}
        </AirField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('hb.heating.importing') : t('hb.heating.importSubmit')}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <div className="hb-import-result">
          <p className="alert air-alert-ok" role="status">
            {result.added > 0 ? t('hb.heating.added', { count: result.added }) : t('hb.heating.addedNone')}
            {result.projects.map((p) => ` ${p.code}: ${p.added}`).join('；')}
          </p>
          <Rejected result={result} />
        </div>
      ) : null}
    </section>
  );
}
