/**
 * @module web/pages/buildings-project-page
 * `/buildings/projects/:id`: one building project under 30号 — what the document requires of it
 * (the rating rule, judged on its approval date), and its checklist of the five stages of 七, in
 * which each department's officers record their own items. The as-of date matters only for a
 * project not yet approved (D-30-2).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApp } from '../app-context.tsx';
import { AsOfPicker } from '../components/as-of-picker.tsx';
import { BuildingsChecklist } from '../components/buildings-checklist.tsx';
import { DecisionView } from '../components/decision-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { HbGate, HbHead, hbAccess } from '../components/heating-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { buildingsApi, type ProjectChecklist } from '../lib/buildings-api.ts';

function Project({ id }: { id: number }) {
  const { t } = useTranslation();
  const { today } = useApp();
  const [asOf, setAsOf] = useState(today);
  const [fresh, setFresh] = useState<ProjectChecklist | null>(null);
  const loaded = useAsync((signal) => buildingsApi.checklist(id, asOf, signal), [id, asOf]);
  const c = fresh && fresh.asOf === asOf ? fresh : loaded.data;
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (!c) return <Loading />;
  const p = c.project;
  return (
    <>
      <HbHead title={`${p.code} ${p.name}`} lead={t('hb.checklist.lead')} />
      <section className="card" aria-labelledby="hb-requirement">
        <h2 id="hb-requirement" className="section-title">
          {t('hb.checklist.requirement')}
        </h2>
        <p className="muted small">
          {t('hb.checklist.judgedOn', { date: String(p.facts.approvalDate ?? asOf) })}
        </p>
        <AsOfPicker value={asOf} today={today} onChange={setAsOf} />
        <DecisionView decision={c.requirement} />
      </section>
      <BuildingsChecklist
        checklist={c}
        onRecord={(itemId, note) =>
          buildingsApi.record(id, { itemId, asOf, ...(note ? { note } : {}) }).then(setFresh)
        }
        onWithdraw={(itemId, reason) => buildingsApi.withdraw(id, { itemId, reason, asOf }).then(setFresh)}
      />
    </>
  );
}

export function BuildingsProjectPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  const id = Number(useParams().id);
  if (user === undefined) return <Loading />;
  return (
    <div className="hb-page">
      {hbAccess(user).projects ? (
        <Project id={id} />
      ) : (
        <>
          <HbHead title={t('hb.buildings.title')} lead={t('hb.buildings.lead')} />
          <HbGate user={user} />
        </>
      )}
    </div>
  );
}
