/**
 * @module web/components/buildings-checklist
 * 30号 七 过程管理 for one project, stage by stage: each item's duty, the department answerable
 * (and the project party it oversees), its clause, whether it is done (who recorded it, when, with
 * what note), still missing, or not applicable (and why); the officer's own items carry the action
 * to record or withdraw them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { GateCheck, ProjectChecklist } from '../lib/buildings-api.ts';
import { GateAction } from './buildings-gate-action.tsx';
import { CitationView } from './citation-view.tsx';

/** Department codes → their names in the interface language. */
export function useDepartmentName(): (code: string) => string {
  const { pick } = useBilingual();
  const depts = useAsync((signal) => api.departments(signal), []);
  const names = useMemo(
    () => new Map((depts.data?.departments ?? []).map((d) => [d.code, d.name] as const)),
    [depts.data],
  );
  return (code) => pick(names.get(code)) || code;
}

function Item({
  item,
  dept,
  onRecord,
  onWithdraw,
}: {
  item: GateCheck;
  dept: (code: string) => string;
  onRecord: (id: string, note: string) => Promise<unknown>;
  onWithdraw: (id: string, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  return (
    <li className={`hb-gate hb-gate-${item.status}`} data-item={item.id}>
      <div className="hb-gate-head">
        <span className={`badge hb-status hb-status-${item.status}`}>
          {t(`hb.checklist.status.${item.status}`)}
        </span>
        <span className="hb-gate-duty">{pick(item.item.duty)}</span>
      </div>
      <p className="muted small">
        {t('hb.checklist.departments', { names: item.departments.map(dept).join('、') })}
        {item.item.parties.length > 0
          ? ` · ${t('hb.checklist.parties', { names: item.item.parties.map((p) => t(`hb.checklist.party.${p}`)).join('、') })}`
          : ''}
      </p>
      {item.status === 'not_applicable' && item.notApplicableBecause ? (
        <p className="small hb-gate-why">{pick(item.notApplicableBecause)}</p>
      ) : null}
      {item.record ? (
        <p className="small hb-gate-record">
          {t('hb.checklist.recordedBy', {
            by: item.record.recordedBy,
            at: item.record.recordedAt.slice(0, 10),
            dept: dept(item.record.department),
          })}
          {item.record.note ? ` — ${item.record.note}` : ''}
        </p>
      ) : null}
      <details className="hb-gate-citation">
        <summary className="small">{item.item.citation.clause}</summary>
        <CitationView citation={item.item.citation} compact />
      </details>
      <GateAction
        item={item}
        onRecord={(note) => onRecord(item.id, note)}
        onWithdraw={(reason) => onWithdraw(item.id, reason)}
      />
    </li>
  );
}

export function BuildingsChecklist({
  checklist,
  onRecord,
  onWithdraw,
}: {
  checklist: ProjectChecklist;
  onRecord: (id: string, note: string) => Promise<unknown>;
  onWithdraw: (id: string, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const dept = useDepartmentName();
  return (
    <div className="hb-checklist">
      <p className={`alert ${checklist.complete ? 'air-alert-ok' : 'alert-warning'}`} role="status">
        {!checklist.governed
          ? t('hb.checklist.notGoverned')
          : checklist.complete
            ? t('hb.checklist.complete')
            : t('hb.checklist.missingCount', { count: checklist.missing.length })}
      </p>
      {checklist.stages.map((s) => (
        <section
          key={s.stage}
          className="card hb-stage"
          data-stage={s.stage}
          aria-labelledby={`hb-stage-${s.stage}`}
        >
          <h2 id={`hb-stage-${s.stage}`} className="section-title">
            {s.clause} {pick(s.title)}
          </h2>
          <p className="muted small">
            {t('hb.checklist.counts', { done: s.done, missing: s.missing, na: s.notApplicable })}
          </p>
          <ul className="plain-list hb-gates">
            {s.items.map((i) => (
              <Item key={i.id} item={i} dept={dept} onRecord={onRecord} onWithdraw={onWithdraw} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
