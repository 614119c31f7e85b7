/**
 * @module web/components/green-grant-import
 * A bureau imports a list it grants from (免申即享): the kind of list (which item it feeds, with
 * its empty template to download), a title, and the spreadsheet (.xlsx or .csv); then how many
 * rows were added and every rejected row (row, column, value, reason in the interface language).
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { useSheetUpload } from '../hooks/use-sheet-upload.ts';
import { CSV_TYPE, displayValue, uploadTypeOf, XLSX_TYPE } from '../lib/air-lists.ts';
import { grantTemplateUrl, greenApi } from '../lib/green-api.ts';
import type { GrantImportResult, GrantKind } from '../lib/green-types.ts';
import { AirField } from './air-field.tsx';
import { ErrorMessage } from './error-message.tsx';

function Rejected({ result }: { result: GrantImportResult }) {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  if (result.errors.length === 0) return null;
  return (
    <section aria-labelledby="green-rejected-title">
      <h3 id="green-rejected-title">{t('green.grants.rejected', { count: result.errors.length })}</h3>
      <div className="air-table-wrap">
        <table className="air-table green-rejected">
          <thead>
            <tr>
              <th scope="col">{t('green.grants.row')}</th>
              <th scope="col">{t('green.grants.field')}</th>
              <th scope="col">{t('green.grants.value')}</th>
              <th scope="col">{t('green.grants.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e, i) => (
              // A row may be rejected once per problem; the list is replaced whole.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={`${e.row}-${e.field}-${i}`}>
                <th scope="row" className="num">
                  {e.row}
                </th>
                <td>
                  <code>{e.field}</code>
                </td>
                <td className="green-value">{displayValue(e.value) || t('green.grants.emptyValue')}</td>
                <td>{lang === 'en' ? e.message || e.messageZh : e.messageZh || e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function GreenGrantImport({
  kinds,
  onImported,
}: {
  kinds: readonly GrantKind[];
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const titleId = useId();
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const sheet = useSheetUpload<GrantImportResult>();
  const { file, inputKey, busy, result, error } = sheet;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!kind) next.kind = t('rule.missing');
    if (!file) next.file = t('green.grants.chooseFile');
    else if (!uploadTypeOf(file)) next.file = t('green.grants.badFile');
    setProblems(next);
    if (!file || Object.keys(next).length > 0) return;
    sheet.upload(
      (bytes, type) =>
        greenApi.importList(
          { kind, ...(title.trim() ? { title: title.trim() } : {}), name: file.name },
          bytes,
          type,
        ),
      (r) => {
        if (r.added > 0) onImported();
      },
    );
  };

  return (
    <section className="card green-import" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('green.grants.importTitle')}
      </h2>
      <p className="muted">{t('green.grants.importLead')}</p>
      <form onSubmit={submit} noValidate className="green-import-form">
        <AirField label={t('green.grants.kind')} problem={problems.kind}>
          {(a) => (
            <select {...a} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">{t('rule.chooseOption')}</option>
              {kinds.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {t('green.grants.kindOption', { n: k.item, title: pick(k.title) })}
                </option>
              ))}
            </select>
          )}
        </AirField>
        {kind ? (
          <p className="small">
            <a href={grantTemplateUrl(kind)} download>
              {t('green.grants.template')}
            </a>
          </p>
        ) : null}
        <AirField label={t('green.grants.listTitle')} hint={t('green.grants.listTitleHint')}>
          {(a) => <input {...a} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </AirField>
        <AirField label={t('green.grants.file')} hint={t('green.grants.fileHint')} problem={problems.file}>
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
            {busy ? t('green.grants.importing') : t('green.grants.importSubmit')}
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <div className="green-import-result">
          <p className="alert air-alert-ok" role="status">
            {result.listId !== null
              ? t('green.grants.added', { count: result.added, id: result.listId })
              : t('green.grants.addedNone')}
          </p>
          <Rejected result={result} />
        </div>
      ) : null}
    </section>
  );
}
