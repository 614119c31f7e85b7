/**
 * @module web/components/work-relief-import
 * An Excel/CSV import of the work-relief pages (workers, a month's attendance): a file input whose
 * bytes go with the matching content type, a link to the template, then what landed and every
 * rejected row (row, column, value — personal numbers masked by the server — and the reason in the
 * interface language), and the warnings on rows that landed.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { useSheetUpload } from '../hooks/use-sheet-upload.ts';
import { CSV_TYPE, displayValue, XLSX_TYPE } from '../lib/air-lists.ts';
import type { WrImportResult, WrRowError } from '../lib/work-relief-types.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

function RowTable({ title, rows }: { title: string; rows: readonly WrRowError[] }) {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="air-table-wrap">
        <table className="air-table wr-rejected">
          <thead>
            <tr>
              <th scope="col">{t('workRelief.import.row')}</th>
              <th scope="col">{t('workRelief.import.field')}</th>
              <th scope="col">{t('workRelief.import.value')}</th>
              <th scope="col">{t('workRelief.import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e, i) => (
              // A row may be reported once per problem; the list is replaced whole.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={`${e.row}-${e.field}-${i}`}>
                <th scope="row" className="num">
                  {e.row}
                </th>
                <td>{e.field}</td>
                <td>{displayValue(e.value) || t('workRelief.import.empty')}</td>
                <td>{lang === 'en' ? e.message || e.messageZh : e.messageZh || e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function WrImport({
  title,
  lead,
  templateHref,
  summary,
  send,
  onImported,
  children,
}: {
  title: string;
  lead: string;
  templateHref: string | null;
  /** The "what landed" line for a result. */
  summary: (r: WrImportResult) => string;
  send: (bytes: ArrayBuffer, contentType: string) => Promise<WrImportResult>;
  onImported: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const sheet = useSheetUpload<WrImportResult>();
  const { inputKey, busy, result, error } = sheet;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = sheet.upload(send, onImported);
    setProblem(
      refused
        ? t(refused === 'bad-type' ? 'workRelief.import.badFile' : 'workRelief.import.chooseFile')
        : null,
    );
  };
  return (
    <section className="card wr-import" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      <p className="muted">{lead}</p>
      {templateHref ? (
        <p>
          <a className="button button-secondary button-small" href={templateHref} download>
            {t('workRelief.import.template')}
          </a>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {children}
        <AirField
          label={t('workRelief.import.file')}
          hint={t('workRelief.import.fileHint')}
          problem={problem}
        >
          {(a) => (
            <input
              {...a}
              key={inputKey}
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
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('workRelief.import.importing') : t('workRelief.import.submit')}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <div className="wr-import-result">
          <p className="alert air-alert-ok" role="status">
            {summary(result)}
          </p>
          <RowTable
            title={t('workRelief.import.rejected', { count: result.errors.length })}
            rows={result.errors}
          />
          <RowTable
            title={t('workRelief.import.warnings', { count: result.warnings?.length ?? 0 })}
            rows={result.warnings ?? []}
          />
        </div>
      ) : null}
    </section>
  );
}
