/**
 * @module web/components/air-measure-changes
 * What changes in the measures of 三 when the alert in force is raised or lowered to the level the
 * officer has picked: measures added, no longer applying and reworded (before → after), under the
 * document's three headings with their clause numbers; those that continue unchanged folded away
 * with their count. Shown next to the raise/lower form.
 */
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { groupChanges, nothingChanges } from '../lib/air-measure-changes.ts';
import type { AlertLevel, LevelMeasure, MeasureChanges } from '../lib/air-types.ts';
import { LevelChip } from './air-alert-list.tsx';
import { ErrorMessage } from './error-message.tsx';
import { Loading } from './loading.tsx';

/** The lead units: as printed (Chinese), or by name with the subdistricts and towns as one. */
function useLeadNames(): (m: LevelMeasure) => string {
  const { t } = useTranslation();
  const { lang, pick } = useBilingual();
  return (m) => {
    if (lang !== 'en' && m.leadText) return m.leadText;
    const names = m.leads.map((l) => (l.territorial ? t('air.changes.territorial') : pick(l.name)));
    return [...new Set(names)].join(t('common.listSeparator'));
  };
}

/** A measure's clause, words and lead units. */
function MeasureText({ measure }: { measure: LevelMeasure }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const leadNames = useLeadNames();
  return (
    <>
      <p>{pick(measure.text)}</p>
      <p className="air-measure-meta">
        <span lang="zh-CN">{measure.clause}</span>
        {measure.leads.length > 0 ? (
          <span>
            {t('air.alert.leads', { names: leadNames(measure) })}
            {measure.leadsInferred ? ` ${t('air.changes.inferred')}` : null}
          </span>
        ) : null}
      </p>
    </>
  );
}

function Changes({ changes }: { changes: MeasureChanges }) {
  const { t } = useTranslation();
  if (nothingChanges(changes)) return <p className="muted">{t('air.changes.nothing')}</p>;
  return (
    <>
      {groupChanges(changes).map((g) => (
        <section key={g.group} className="air-change-group" aria-labelledby={`air-change-${g.group}`}>
          <h3 id={`air-change-${g.group}`}>{t(`air.changes.groups.${g.group}`)}</h3>
          <ul className="plain-list air-change-list">
            {g.added.map((m) => (
              <li key={m.id} className="air-change air-change-added">
                <span className="badge air-change-badge">{t('air.changes.added')}</span>
                <MeasureText measure={m} />
              </li>
            ))}
            {g.changed.map((p) => (
              <li key={p.after.id} className="air-change air-change-changed">
                <span className="badge air-change-badge">{t('air.changes.changed')}</span>
                <div className="air-change-pair">
                  <div className="air-change-before">
                    <p className="air-change-when">{t('air.changes.before')}</p>
                    <MeasureText measure={p.before} />
                  </div>
                  <span className="air-change-arrow" aria-hidden="true">
                    →
                  </span>
                  <div className="air-change-after">
                    <p className="air-change-when">{t('air.changes.after')}</p>
                    <MeasureText measure={p.after} />
                  </div>
                </div>
              </li>
            ))}
            {g.removed.map((m) => (
              <li key={m.id} className="air-change air-change-removed">
                <span className="badge air-change-badge">{t('air.changes.removed')}</span>
                <MeasureText measure={m} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The changes from the level in force to the picked one; nothing while none is picked. */
export function AirMeasureChanges({ from, to }: { from: AlertLevel; to: AlertLevel }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const changes = useAsync((signal) => api.air.measureChanges(to, from, signal), [from, to]);
  const data = changes.data && changes.data.from === from && changes.data.to === to ? changes.data : null;
  return (
    <section className="card air-changes" aria-labelledby="changes-title">
      <h2 id="changes-title" className="section-title">
        {t('air.changes.title')}
      </h2>
      <p className="air-changes-levels">
        {data ? <strong>{t(`air.changes.direction.${data.direction}`)}</strong> : null}{' '}
        <LevelChip level={from} /> → <LevelChip level={to} />
      </p>
      <p className="small" aria-live="polite">
        {data
          ? t('air.changes.summary', {
              added: data.added.length,
              removed: data.removed.length,
              changed: data.changed.length,
              unchanged: data.unchanged.length,
            })
          : null}
      </p>
      {changes.error ? <ErrorMessage error={changes.error} onRetry={changes.reload} /> : null}
      {!data ? (
        changes.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Changes changes={data} />
          {data.unchanged.length > 0 ? (
            <details className="air-details">
              <summary>{t('air.changes.unchanged', { count: data.unchanged.length })}</summary>
              <ul className="plain-list air-change-list air-change-unchanged">
                {data.unchanged.map((p) => (
                  <li key={p.after.id}>
                    <span lang="zh-CN" className="air-change-clause">
                      {p.after.clause}
                    </span>{' '}
                    {pick(p.after.text)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
