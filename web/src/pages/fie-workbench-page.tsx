/**
 * @module web/pages/fie-workbench-page
 * `/fie`: the officer's workbench (一企一档一专员, 京技管发〔2023〕28号 二(三)13, 二(四)16) — the
 * enterprises I serve as dedicated officer or steward, and my open items by deadline with their
 * escalation, each with its next step; raising an item on a file; below, every file and opening a
 * new one. An enterprise user sees its own file, items and notices, and raises items on its file.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieItemSteps, FieOpenFileForm, FieRaiseForm } from '../components/fie-actions.tsx';
import {
  FieGate,
  FieHead,
  FieItemTable,
  fieAccess,
  fieManages,
  fieRefused,
} from '../components/fie-parts.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { FIE_EXPORT_URL, type FieFileSummary, fieApi } from '../lib/fie-api.ts';

function FileTable({ files }: { files: readonly FieFileSummary[] }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (files.length === 0) return <p className="empty">{t('fie.workbench.noFiles')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table fie-files">
        <thead>
          <tr>
            <th scope="col">{t('fie.workbench.enterprise')}</th>
            <th scope="col">{t('fie.workbench.country')}</th>
            <th scope="col">{t('fie.workbench.officer')}</th>
            <th scope="col">{t('fie.workbench.steward')}</th>
            <th scope="col">{t('fie.workbench.open')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <Link to={`/fie/files/${f.id}`}>{pick(f.name)}</Link>
              </th>
              <td>{f.investorCountry ?? '—'}</td>
              <td>{f.officer ?? '—'}</td>
              <td>{f.steward ?? '—'}</td>
              <td className="num">{f.openItems}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FieWorkbenchPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  const enterprise = user?.role === 'enterprise';
  const allowed = user !== undefined && fieAccess(user);
  const mine = useAsync(
    (signal) => (allowed ? fieApi.files(!enterprise, signal) : Promise.resolve({ files: [] })),
    [user?.id],
  );
  const all = useAsync(
    (signal) => (allowed && !enterprise ? fieApi.files(false, signal) : Promise.resolve({ files: [] })),
    [user?.id],
  );
  const items = useAsync(
    (signal) =>
      allowed
        ? fieApi.items(enterprise ? {} : { mine: 'true', open: 'true' }, signal)
        : Promise.resolve({ asOf: '', items: [] }),
    [user?.id],
  );
  const notices = useAsync(
    (signal) => (allowed && enterprise ? fieApi.notices(signal) : Promise.resolve({ notices: [] })),
    [user?.id],
  );
  const manages = fieManages(user);
  const reloadItems = items.reload;
  const reloadMine = mine.reload;
  const reloadAll = all.reload;
  const changed = () => {
    reloadItems();
    reloadMine();
    reloadAll();
  };
  const head = <FieHead title={t('fie.workbench.title')} lead={t('fie.workbench.lead')} />;
  if (user === undefined || !allowed || fieRefused(mine.error))
    return (
      <div className="fie-page">
        {head}
        <FieGate user={user} error={mine.error} />
      </div>
    );
  return (
    <div className="fie-page">
      {head}
      <section className="card" aria-labelledby="fie-my-files">
        <h2 id="fie-my-files" className="section-title">
          {t('fie.workbench.myFiles')}
        </h2>
        {mine.error ? <ErrorMessage error={mine.error} onRetry={mine.reload} /> : null}
        {mine.data ? <FileTable files={mine.data.files} /> : <Loading />}
      </section>
      <section className="card" aria-labelledby="fie-my-items">
        <h2 id="fie-my-items" className="section-title">
          {t('fie.workbench.myItems')}
        </h2>
        {items.error ? <ErrorMessage error={items.error} onRetry={items.reload} /> : null}
        {items.data ? (
          items.data.items.length === 0 ? (
            <p className="empty">{t('fie.workbench.noItems')}</p>
          ) : (
            <FieItemTable
              items={items.data.items}
              actions={
                manages
                  ? (i) => <FieItemSteps key={`${i.id}-${i.status}`} item={i} onDone={changed} />
                  : undefined
              }
            />
          )
        ) : (
          <Loading />
        )}
        <p>
          <a href={FIE_EXPORT_URL} download>
            {t('fie.workbench.export')}
          </a>
        </p>
        {manages && all.data ? (
          <FieRaiseForm files={all.data.files} enterprise={false} onDone={changed} />
        ) : null}
        {enterprise && user?.creditCode ? (
          <FieRaiseForm creditCode={user.creditCode} enterprise onDone={changed} />
        ) : null}
      </section>
      {enterprise ? (
        <section className="card fie-notices" aria-labelledby="fie-notices">
          <h2 id="fie-notices" className="section-title">
            {t('fie.workbench.notices')}
          </h2>
          {notices.data?.notices.length ? (
            notices.data.notices.map((n) => (
              <article key={n.id} className="fie-notice">
                <h3>{n.subject}</h3>
                <p className="muted">{n.pushedOn}</p>
                <pre className="fie-notice-body" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.body}
                </pre>
              </article>
            ))
          ) : (
            <p className="empty">{t('fie.workbench.noNotices')}</p>
          )}
        </section>
      ) : (
        <section className="card" aria-labelledby="fie-all-files">
          <h2 id="fie-all-files" className="section-title">
            {t('fie.workbench.allFiles')}
          </h2>
          {all.data ? <FileTable files={all.data.files} /> : <Loading />}
          {manages ? <FieOpenFileForm onDone={changed} /> : null}
        </section>
      )}
    </div>
  );
}
