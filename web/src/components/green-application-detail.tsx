/**
 * @module web/components/green-application-detail
 * One application in full: number, state, item, project, enterprise, bureau and amounts; the
 * actions its viewer may take now; the materials checklist; the facts; the decision with every
 * condition and its clause; the expert review; the award; and the events. After each action the
 * application is read again.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import { greenApi } from '../lib/green-api.ts';
import { EDITABLE_STATES } from '../lib/green-application.ts';
import type { Application, MaterialItem } from '../lib/green-types.ts';
import { itemOf } from '../lib/green-types.ts';
import { ErrorMessage } from './error-message.tsx';
import { GreenApplicationActions } from './green-application-actions.tsx';
import {
  GreenAwardInfo,
  GreenEvents,
  GreenExpertReview,
  GreenFactsPanel,
  GreenMaterials,
} from './green-application-parts.tsx';
import { ApplicationStateBadge } from './green-badges.tsx';
import { GreenDecisionCard } from './green-decision.tsx';
import { Money } from './green-money.tsx';
import { useRuleDetails } from './green-rules.tsx';
import { Loading } from './loading.tsx';

const AWARDED = ['approved', 'paid', 'clawed_back'];

function materialsInput(m: readonly MaterialItem[]) {
  return m.map(({ key, provided, note }) => ({ key, provided, note }));
}

function ApplicationView({
  app,
  role,
  departmentName,
  onChanged,
}: {
  app: Application;
  role: Role;
  departmentName: (code: string) => string;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const ids = useMemo(() => [app.ruleId], [app.ruleId]);
  const rule = useRuleDetails(ids).rules.get(app.ruleId);
  const [materials, setMaterials] = useState<MaterialItem[]>(() => [...app.materials]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const awardAsync = useAsync(
    (signal) =>
      AWARDED.includes(app.state)
        ? greenApi
            .awards({ ruleId: app.ruleId, creditCode: app.creditCode }, signal)
            .then((r) => r.awards.find((a) => a.applicationId === app.id) ?? null)
        : Promise.resolve(null),
    [app.id, app.state, app.updatedAt],
  );
  const award = awardAsync.data ?? null;
  const editable = (role === 'enterprise' || role === 'admin') && EDITABLE_STATES.includes(app.state);
  const dirty = JSON.stringify(materialsInput(materials)) !== JSON.stringify(materialsInput(app.materials));

  const saveMaterials = (): Promise<void> =>
    dirty
      ? greenApi.updateApplication(app.id, { materials: materialsInput(materials) }).then(() => undefined)
      : Promise.resolve();

  // Officials act first; an enterprise still editing ticks its materials, then submits below them.
  const actions = (
    <GreenApplicationActions
      app={app}
      award={award}
      role={role}
      beforeSubmit={saveMaterials}
      onDone={onChanged}
    />
  );
  return (
    <div className="green-detail">
      <section className="card green-detail-head" aria-labelledby="green-detail-title">
        <h2 id="green-detail-title" className="section-title" tabIndex={-1}>
          {t('green.detail.title', { number: app.number })} <ApplicationStateBadge state={app.state} />
        </h2>
        <dl className="green-facts-list">
          <div>
            <dt>{t('green.detail.item')}</dt>
            <dd>
              {rule
                ? t('green.calc.itemHeading', { n: itemOf(app.ruleId), title: pick(rule.title) })
                : app.ruleId}
            </dd>
          </div>
          <div>
            <dt>{t('green.detail.project')}</dt>
            <dd>
              {app.projectName} <span className="muted">({app.projectRef})</span>
            </dd>
          </div>
          <div>
            <dt>{t('green.detail.enterprise')}</dt>
            <dd>
              <code>{app.creditCode}</code>
            </dd>
          </div>
          <div>
            <dt>{t('green.detail.department')}</dt>
            <dd>{departmentName(app.department)}</dd>
          </div>
          <div>
            <dt>{t('green.detail.amount')}</dt>
            <dd>
              <Money amount={app.amount} />
            </dd>
          </div>
          {app.approvedAmount !== null ? (
            <div>
              <dt>{t('green.detail.approvedAmount')}</dt>
              <dd>
                <Money amount={app.approvedAmount} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('green.detail.budgetYear')}</dt>
            <dd>{app.budgetYear}</dd>
          </div>
          <div>
            <dt>{t('green.detail.updated')}</dt>
            <dd>{formatShanghai(app.updatedAt)}</dd>
          </div>
        </dl>
      </section>
      {editable ? null : actions}
      {awardAsync.error ? <ErrorMessage error={awardAsync.error} onRetry={awardAsync.reload} /> : null}
      {award ? <GreenAwardInfo award={award} /> : null}
      {app.state === 'approved' || app.state === 'paid' ? (
        <p>
          <a
            className="button button-secondary button-small"
            href={`/api/v1/green/applications/${app.id}/decision.pdf`}
            target="_blank"
            rel="noopener"
          >
            {t('green.detail.printDecision')}
          </a>
        </p>
      ) : null}
      <GreenMaterials
        materials={materials}
        editable={editable}
        dirty={dirty}
        busy={saving}
        error={saveError}
        onChange={setMaterials}
        onSave={() => {
          setSaving(true);
          setSaveError(null);
          saveMaterials().then(
            () => {
              setSaving(false);
              onChanged(t('green.materials.savedMessage'));
            },
            (err: unknown) => {
              setSaving(false);
              setSaveError(err);
            },
          );
        }}
      />
      {editable ? actions : null}
      <GreenFactsPanel
        key={`${rule ? 'r' : 'n'}-${app.updatedAt}`}
        app={app}
        rule={rule}
        editable={editable}
        onSaved={onChanged}
      />
      {app.decision ? <GreenDecisionCard decision={app.decision} /> : null}
      <GreenExpertReview app={app} />
      <GreenEvents app={app} />
    </div>
  );
}

export function GreenApplicationDetail({
  id,
  role,
  departmentName,
  onChanged,
}: {
  id: number;
  role: Role;
  departmentName: (code: string) => string;
  /** After an action: the list may have changed too. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);
  const app = useAsync((signal) => greenApi.application(id, signal), [id, version]);
  if (app.error) return <ErrorMessage error={app.error} onRetry={app.reload} />;
  if (!app.data || app.data.id !== id) return <Loading />;
  return (
    <>
      {flash ? (
        <p className="alert air-alert-ok" role="status">
          {flash}
        </p>
      ) : null}
      <ApplicationView
        key={`${app.data.id}-${app.data.updatedAt}-${app.data.state}`}
        app={app.data}
        role={role}
        departmentName={departmentName}
        onChanged={(message) => {
          setFlash(message || t('green.detail.updatedMessage'));
          setVersion((v) => v + 1);
          onChanged();
        }}
      />
    </>
  );
}
