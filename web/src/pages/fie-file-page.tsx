/**
 * @module web/pages/fie-file-page
 * `/fie/files/:id`: one enterprise's file (一企一档) — its officer and steward, sites, key projects,
 * contacts (phones masked by the API), visits, service packages, its credit + risk supervision
 * (二(四)16) and its items. Officers raise items and take each item's next step, record visits,
 * service packages and the credit + risk facts, and schedule inspections (the API's 无事不扰
 * refusal is shown); an enterprise user raises items on its own file.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import {
  FieCreditForm,
  FieInspectionForm,
  FieItemSteps,
  FiePackageForm,
  FieRaiseForm,
  FieVisitForm,
} from '../components/fie-actions.tsx';
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
import { fieApi } from '../lib/fie-api.ts';

export function FieFilePage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user } = useApp();
  const id = Number(useParams().id);
  const allowed = user !== undefined && fieAccess(user);
  const file = useAsync(
    (signal) => (allowed ? fieApi.file(id, signal) : Promise.reject(new Error('no access'))),
    [id, user?.id],
  );
  const sup = useAsync(
    (signal) => (allowed ? fieApi.supervision(id, signal) : Promise.reject(new Error('no access'))),
    [id, user?.id],
  );
  const items = useAsync(
    (signal) =>
      allowed && file.data
        ? fieApi.items({ creditCode: file.data.creditCode }, signal)
        : Promise.resolve({ asOf: '', items: [] }),
    [id, user?.id, file.data?.creditCode],
  );
  const manages = fieManages(user);
  const raises = manages || user?.role === 'enterprise';
  const reloadFile = file.reload;
  const reloadSup = sup.reload;
  const reloadItems = items.reload;
  const title = file.data ? pick(file.data.name) : t('fie.file.title');
  const head = <FieHead title={title} lead={t('fie.file.title')} />;
  if (user === undefined || !allowed || fieRefused(file.error))
    return (
      <div className="fie-page">
        {head}
        <FieGate user={user} error={file.error} />
      </div>
    );
  if (file.error) return <ErrorMessage error={file.error} onRetry={file.reload} />;
  const f = file.data;
  if (!f) return <Loading />;
  const none = <span className="muted">{t('fie.file.none')}</span>;
  return (
    <div className="fie-page">
      {head}
      <section className="card fie-file">
        <dl className="key-values">
          <dt>{t('fie.file.creditCode')}</dt>
          <dd>{f.creditCode}</dd>
          <dt>{t('fie.workbench.country')}</dt>
          <dd>{f.investorCountry ?? '—'}</dd>
          <dt>{t('fie.workbench.officer')}</dt>
          <dd>{f.officer ?? '—'}</dd>
          <dt>{t('fie.workbench.steward')}</dt>
          <dd>{f.steward ?? '—'}</dd>
          <dt>{t('fie.file.language')}</dt>
          <dd>{f.language === 'en' ? 'English' : '中文'}</dd>
          <dt>{t('fie.file.sites')}</dt>
          <dd>
            {f.sites.length
              ? f.sites.map((s) => `${s.name}${s.address ? `（${s.address}）` : ''}`).join('；')
              : none}
          </dd>
          <dt>{t('fie.file.keyProjects')}</dt>
          <dd>
            {f.keyProjects.length
              ? f.keyProjects.map((p) => `${p.name}${p.major ? ` · ${t('fie.file.major')}` : ''}`).join('；')
              : none}
          </dd>
          <dt>{t('fie.file.contacts')}</dt>
          <dd className="fie-contacts">
            {f.contacts.length
              ? f.contacts
                  .map((c) => `${c.name}${c.position ? ` ${c.position}` : ''} ${c.phone ?? ''}`)
                  .join('；')
              : none}
          </dd>
          <dt>{t('fie.file.packages')}</dt>
          <dd>
            {f.servicePackages.length
              ? f.servicePackages.map((p) => `${p.name}（${p.deliveredOn}）`).join('；')
              : none}
          </dd>
        </dl>
      </section>
      <section className="card fie-supervision" aria-labelledby="fie-sup">
        <h2 id="fie-sup" className="section-title">
          {t('fie.file.supervision')}
        </h2>
        {sup.data ? (
          sup.data.intensity ? (
            <dl className="key-values">
              <dt>{t('fie.file.grade')}</dt>
              <dd>{sup.data.grade}</dd>
              <dt>{t('fie.file.risk')}</dt>
              <dd>{sup.data.risk}</dd>
              <dt>{t('fie.file.intensity')}</dt>
              <dd className="fie-intensity">
                {sup.data.intensityLabel ? pick(sup.data.intensityLabel) : ''}
              </dd>
            </dl>
          ) : (
            <p className="muted">{t('fie.file.notRecorded')}</p>
          )
        ) : (
          <Loading />
        )}
        {sup.data ? (
          <>
            <h3 className="fie-form-title">{t('fie.actions.inspection.list')}</h3>
            {sup.data.inspections.length ? (
              <ul className="fie-inspections">
                {sup.data.inspections.map((x) => (
                  <li key={x.id}>
                    {x.plannedOn}{' '}
                    {t(`fie.actions.inspection.kinds.${x.kind as 'routine'}`, { defaultValue: x.kind })} ·{' '}
                    {t(`fie.actions.inspection.outcomes.${x.outcome as 'eligible'}`, {
                      defaultValue: x.outcome,
                    })}
                    {x.reason ? ` · ${x.reason}` : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('fie.actions.inspection.none')}</p>
            )}
          </>
        ) : null}
        {manages && sup.data ? (
          <div className="fie-forms">
            <FieCreditForm
              key={sup.data.recordedOn ?? 'none'}
              fileId={f.id}
              facts={sup.data.facts}
              onDone={reloadSup}
            />
            <FieInspectionForm fileId={f.id} onDone={reloadSup} />
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="fie-visits">
        <h2 id="fie-visits" className="section-title">
          {t('fie.file.visits')}
        </h2>
        {f.visits.length ? (
          <ul>
            {f.visits.map((v) => (
              <li key={v.id}>
                {v.visitedOn} {v.note}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
        {manages ? (
          <div className="fie-forms">
            <FieVisitForm fileId={f.id} onDone={reloadFile} />
            <FiePackageForm fileId={f.id} onDone={reloadFile} />
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="fie-file-items">
        <h2 id="fie-file-items" className="section-title">
          {t('fie.file.items')}
        </h2>
        {items.data ? (
          <FieItemTable
            items={items.data.items}
            showEnterprise={false}
            actions={
              manages
                ? (i) => (
                    <FieItemSteps
                      key={`${i.id}-${i.status}`}
                      item={i}
                      onDone={() => {
                        reloadItems();
                        reloadFile();
                      }}
                    />
                  )
                : undefined
            }
          />
        ) : (
          <Loading />
        )}
        {raises ? (
          <FieRaiseForm
            creditCode={f.creditCode}
            enterprise={!manages}
            onDone={() => {
              reloadItems();
              reloadFile();
            }}
          />
        ) : null}
      </section>
    </div>
  );
}
