/**
 * @module web/components/green-grant-lists
 * The list kinds (each feeding one 免申即享 item, with its template), the lists imported so far,
 * and starting a grant run over the lists ticked (or, none ticked, all of the bureau's lists) as
 * of a date.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { grantTemplateUrl, greenApi } from '../lib/green-api.ts';
import type { GrantKind, GrantList, GrantRun } from '../lib/green-types.ts';
import { AsOfPicker } from './as-of-picker.tsx';
import { ErrorMessage } from './error-message.tsx';
import { ExportLink } from './export-link.tsx';

export function GreenGrantKinds({ kinds }: { kinds: readonly GrantKind[] }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <details className="card green-kinds">
      <summary className="section-title">{t('green.grants.kinds', { count: kinds.length })}</summary>
      <div className="air-table-wrap">
        <table className="air-table green-table">
          <thead>
            <tr>
              <th scope="col">{t('green.grants.item')}</th>
              <th scope="col">{t('green.grants.kind')}</th>
              <th scope="col">{t('green.grants.templateColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <td className="num">{k.item}</td>
                <th scope="row">{pick(k.title)}</th>
                <td>
                  <a href={grantTemplateUrl(k.kind)} download>
                    {t('green.grants.templateLink')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function GreenGrantLists({
  lists,
  kinds,
  canRun,
  today,
  departmentName,
  onRun,
}: {
  lists: readonly GrantList[];
  kinds: readonly GrantKind[];
  canRun: boolean;
  today: string;
  departmentName: (code: string) => string;
  onRun: (run: Pick<GrantRun, 'id' | 'number'>) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const titleId = useId();
  const [chosen, setChosen] = useState<readonly number[]>([]);
  const [asOf, setAsOf] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const kindTitle = (kind: string) => {
    const k = kinds.find((x) => x.kind === kind);
    return k ? pick(k.title) : kind;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    greenApi.startRun({ ...(chosen.length > 0 ? { listIds: chosen } : {}), asOf }).then(
      (r) => {
        setBusy(false);
        setChosen([]);
        onRun(r);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <section className="card green-lists" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('green.grants.lists')}
      </h2>
      <ExportLink path="/green/grant-lists/export.xlsx" />
      {lists.length === 0 ? (
        <p className="empty">{t('green.grants.noLists')}</p>
      ) : (
        <div className="air-table-wrap">
          <table className="air-table green-table">
            <thead>
              <tr>
                {canRun ? <th scope="col">{t('green.grants.pick')}</th> : null}
                <th scope="col">{t('green.grants.listTitle')}</th>
                <th scope="col">{t('green.grants.kind')}</th>
                <th scope="col">{t('green.grants.department')}</th>
                <th scope="col">{t('green.grants.rows')}</th>
                <th scope="col">{t('green.grants.imported')}</th>
              </tr>
            </thead>
            <tbody>
              {lists.map((l) => (
                <tr key={l.id}>
                  {canRun ? (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('green.grants.pickList', { title: l.title })}
                        checked={chosen.includes(l.id)}
                        onChange={(e) =>
                          setChosen((prev) =>
                            e.target.checked ? [...prev, l.id] : prev.filter((x) => x !== l.id),
                          )
                        }
                      />
                    </td>
                  ) : null}
                  <th scope="row">
                    {l.title}
                    {l.sourceName ? <span className="muted small air-cell-sub">{l.sourceName}</span> : null}
                  </th>
                  <td>{kindTitle(l.kind)}</td>
                  <td>{departmentName(l.department)}</td>
                  <td className="num">{l.rows}</td>
                  <td className="num">
                    {formatShanghai(l.importedAt)}
                    <span className="muted small air-cell-sub">{l.importedBy}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canRun ? (
        <form onSubmit={submit} noValidate className="green-run-form">
          <h3>{t('green.grants.runTitle')}</h3>
          <p className="muted small">
            {chosen.length > 0
              ? t('green.grants.runChosen', { count: chosen.length })
              : t('green.grants.runAll')}
          </p>
          <AsOfPicker value={asOf} today={today} onChange={setAsOf} />
          {error ? <ErrorMessage error={error} /> : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('green.grants.running') : t('green.grants.run')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
