/**
 * @module web/components/targets-buildings
 * 30号 四's two targets from the project records: per target the area completed against 900,000
 * m² (public-building green retrofits) or 280,000 m² (ultra-low-energy buildings), a progress bar,
 * what remains, the projects counted; and the records left out with why (D-30-21 – D-30-24).
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { BuildingTargets } from '../lib/buildings-api.ts';
import { magnitude } from '../lib/heating-chart.ts';
import { CitationView } from './citation-view.tsx';

export function TargetsBuildings({ data }: { data: BuildingTargets }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const r = data.report;
  const name = (code: string) => data.projects.find((p) => p.code === code)?.name ?? code;
  return (
    <div className="hb-building-targets">
      <p className="muted small hb-building-status">
        {r.status === 'not_yet'
          ? t('hb.targets.notYet')
          : t(r.status === 'expired' ? 'hb.targets.expired' : 'hb.targets.inForce', {
              date: r.measuredOn ?? '',
              from: r.countFrom ?? '',
            })}
      </p>
      {r.targets.map((x) => {
        const width = Math.min(100, magnitude(x.sharePercent));
        return (
          <section key={x.id} className="hb-building-target" data-target={x.id}>
            <h3>{pick(x.title)}</h3>
            <p>
              {t('hb.targets.achieved', {
                achieved: x.achievedSqm,
                target: x.targetSqm,
                percent: x.sharePercent,
              })}
            </p>
            <div
              className="hb-progress"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={width}
              aria-label={pick(x.title)}
            >
              <span className={`hb-progress-bar${x.met ? ' hb-met' : ''}`} style={{ width: `${width}%` }} />
            </div>
            <p className="small">
              {x.met ? t('hb.targets.met') : t('hb.targets.remaining', { remaining: x.remainingSqm })}
            </p>
            {x.counted.length > 0 ? (
              <p className="small muted">
                {t('hb.targets.counted', { names: x.counted.map(name).join('、') })}
              </p>
            ) : null}
            <CitationView citation={x.citation} compact />
          </section>
        );
      })}
      {r.excluded.length > 0 ? (
        <details className="small">
          <summary>{t('hb.targets.excludedTitle', { count: r.excluded.length })}</summary>
          <ul>
            {r.excluded.map((e) => (
              <li key={e.id}>
                {name(e.id)}: {t(`hb.targets.excluded.${e.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
