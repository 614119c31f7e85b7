/**
 * @module web/pages/targets-page
 * `/targets`, for officials: the targets dashboard. New-energy heating (1309号 一(三)): the
 * statistics bureau's yearly figures and their progress towards 1.45 亿 m² and 10% by 2025 and 15%
 * by 2030, charted, with the bureau's entry form for its officers. Green buildings (30号 四): the
 * project records against 900,000 m² of public-building green retrofits and 280,000 m² of
 * ultra-low-energy buildings by 2025. Both are aims ("力争"): progress informs, it decides nothing.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../app-context.tsx';
import { AsOfPicker } from '../components/as-of-picker.tsx';
import { CitationView } from '../components/citation-view.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ExportLink } from '../components/export-link.tsx';
import { HbGate, HbHead, hbAccess } from '../components/heating-subnav.tsx';
import { Loading } from '../components/loading.tsx';
import { TargetsBuildings } from '../components/targets-buildings.tsx';
import { TargetsChart } from '../components/targets-chart.tsx';
import { TargetsFigureForm } from '../components/targets-figure-form.tsx';
import { useAsOf } from '../hooks/use-as-of.ts';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { buildingsApi } from '../lib/buildings-api.ts';
import { type HeatingTargets, heatingApi } from '../lib/heating-api.ts';

/** 市统计局: the department that enters the figures (1309号 七(一)). */
const STATISTICS = 'beijing-statistics';

function FiguresTable({ data }: { data: HeatingTargets }) {
  const { t } = useTranslation();
  const share = data.progress.find((p) => p.kind === 'share');
  return (
    <div className="air-table-wrap">
      <table className="air-table hb-figures-table">
        <thead>
          <tr>
            <th scope="col">{t('hb.figure.year')}</th>
            <th scope="col">{t('hb.figure.newEnergyArea')}</th>
            <th scope="col">{t('hb.figure.totalArea')}</th>
            <th scope="col">{t('hb.figure.share')}</th>
            <th scope="col">{t('hb.figure.note')}</th>
          </tr>
        </thead>
        <tbody>
          {data.figures.map((f) => (
            <tr key={f.year} data-year={f.year}>
              <th scope="row">{f.year}</th>
              <td className="num">{f.newEnergyAreaM2}</td>
              <td className="num">{f.totalAreaM2}</td>
              <td className="num">{share?.points.find((p) => p.year === f.year)?.percent ?? '—'}</td>
              <td>{f.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const { user } = useApp();
  const { asOf, today, setAsOf } = useAsOf();
  const heating = useAsync((signal) => heatingApi.targets(asOf, signal), [asOf]);
  const buildings = useAsync((signal) => buildingsApi.targets(asOf, signal), [asOf]);
  const statistician = user?.role === 'admin' || (user?.role === 'officer' && user.department === STATISTICS);
  return (
    <>
      <div className="card">
        <AsOfPicker value={asOf} today={today} onChange={setAsOf} />
      </div>
      <section className="card hb-heating-targets" aria-labelledby="hb-heating-targets">
        <h2 id="hb-heating-targets" className="section-title">
          {t('hb.targets.heatingTitle')}
        </h2>
        <p className="muted">{t('hb.targets.heatingLead')}</p>
        <ExportLink path="/heating/targets.xlsx" filters={{ asOf }} />
        {heating.error ? <ErrorMessage error={heating.error} onRetry={heating.reload} /> : null}
        {!heating.data ? (
          heating.error ? null : (
            <Loading />
          )
        ) : heating.data.figures.length === 0 ? (
          <p className="empty">{t('hb.targets.noFigures')}</p>
        ) : (
          <>
            {heating.data.progress.map((p) => (
              <section key={p.targetId} className="hb-target" data-target={p.targetId}>
                <h3>{pick(p.title)}</h3>
                <p className="small">
                  {p.points.map((x) => (
                    <span key={x.year} className={`badge hb-progress-${x.status}`}>
                      {t('hb.targets.point', {
                        year: x.year,
                        value: x.percent ?? x.value.display,
                        status: t(`hb.targets.status.${x.status}`),
                      })}
                    </span>
                  ))}
                </p>
                <TargetsChart target={p} />
                <CitationView citation={p.citation} compact />
              </section>
            ))}
            <FiguresTable data={heating.data} />
          </>
        )}
        {statistician ? <TargetsFigureForm onSaved={heating.reload} /> : null}
      </section>
      <section className="card" aria-labelledby="hb-building-targets">
        <h2 id="hb-building-targets" className="section-title">
          {t('hb.targets.buildingsTitle')}
        </h2>
        <p className="muted">{t('hb.targets.buildingsLead')}</p>
        <ExportLink path="/buildings/targets.xlsx" filters={{ asOf }} />
        {buildings.error ? <ErrorMessage error={buildings.error} onRetry={buildings.reload} /> : null}
        {buildings.data ? <TargetsBuildings data={buildings.data} /> : buildings.error ? null : <Loading />}
      </section>
    </>
  );
}

export function TargetsPage() {
  const { t } = useTranslation();
  const { user } = useApp();
  return (
    <div className="hb-page">
      <HbHead title={t('hb.targets.title')} lead={t('hb.targets.lead')} />
      {user === undefined ? <Loading /> : hbAccess(user).targets ? <Dashboard /> : <HbGate user={user} />}
    </div>
  );
}
