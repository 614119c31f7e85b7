/**
 * @module web/pages/fie-roundtable-page
 * `/fie/roundtable`: the roundtable board (圆桌会议, 京技管发〔2023〕28号 二(三)12) — one column per
 * step of 协同商办 → 限时反馈 → 回访 → 通报, each item with its enterprise, departments and deadline;
 * an officer moves an item on by its next step (departments and time limit, the reply, the
 * follow-up note, the published summary).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieItemSteps } from '../components/fie-actions.tsx';
import { FieGate, FieHead, fieAccess, fieManages, fieRefused } from '../components/fie-parts.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { fieApi, ROUNDTABLE_COLUMNS } from '../lib/fie-api.ts';

export function FieRoundtablePage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user } = useApp();
  const allowed = user !== undefined && fieAccess(user);
  const items = useAsync(
    (signal) =>
      allowed ? fieApi.items({ kind: 'roundtable' }, signal) : Promise.resolve({ asOf: '', items: [] }),
    [user?.id],
  );
  const manages = fieManages(user);
  const reload = items.reload;
  const head = <FieHead title={t('fie.roundtable.title')} lead={t('fie.roundtable.lead')} />;
  if (user === undefined || !allowed || fieRefused(items.error))
    return (
      <div className="fie-page">
        {head}
        <FieGate user={user} error={items.error} />
      </div>
    );
  if (items.error) return <ErrorMessage error={items.error} onRetry={items.reload} />;
  if (!items.data) return <Loading />;
  const all = items.data.items;
  return (
    <div className="fie-page">
      {head}
      <div className="fie-board">
        {ROUNDTABLE_COLUMNS.map((status) => {
          const col = all.filter((i) => i.status === status);
          return (
            <section key={status} className="card fie-column" data-status={status} aria-label={status}>
              <h2 className="section-title">{t(`fie.roundtable.columns.${status}`)}</h2>
              {col.length === 0 ? (
                <p className="empty">{t('fie.roundtable.empty')}</p>
              ) : (
                col.map((i) => (
                  <article key={i.id} className="fie-card">
                    <h3>{i.title}</h3>
                    <p>
                      <Link to={`/fie/files/${i.fileId}`}>{pick(i.enterprise)}</Link>
                    </p>
                    <p className="muted">
                      {t('fie.item.due')}: {i.dueOn}
                    </p>
                    {i.departments.length ? (
                      <p className="muted">
                        {t('fie.roundtable.departments')}: {i.departments.join(', ')}
                      </p>
                    ) : null}
                    {i.reply ? <p className="fie-reply">{i.reply}</p> : null}
                    {manages ? <FieItemSteps key={`${i.id}-${i.status}`} item={i} onDone={reload} /> : null}
                  </article>
                ))
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
