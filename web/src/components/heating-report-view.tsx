/**
 * @module web/components/heating-report-view
 * The post-evaluation of one project and season (项目后评价, 1309号 五(四)): the seasonal
 * performance factor, electricity, heat and water, carbon with the grid emission factor (a
 * platform parameter, its source shown), the monthly chart and table, and the warnings; or, when a
 * reading is wrong, every problem with its reading's time. Figures are the API's exact decimals.
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { ReadingIssue, SeasonReport } from '../lib/heating-api.ts';
import { CitationView } from './citation-view.tsx';
import { HeatingMonthlyChart } from './heating-monthly-chart.tsx';

function Issues({
  title,
  issues,
  kind,
}: {
  title: string;
  issues: readonly ReadingIssue[];
  kind: 'error' | 'warning';
}) {
  const { pick } = useBilingual();
  if (issues.length === 0) return null;
  return (
    <div
      className={`alert ${kind === 'error' ? 'alert-error' : 'alert-warning'} hb-issues`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      <p className="alert-title">{title}</p>
      <ul>
        {issues.map((i) => (
          <li key={`${i.code}-${i.field}`}>
            {pick(i.message)}
            {i.at ? <span className="muted small"> ({i.at})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function HeatingReportView({ report }: { report: SeasonReport }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (!report.ok)
    return (
      <section className="card hb-report" aria-labelledby="hb-report-title">
        <h2 id="hb-report-title" className="section-title">
          {t('hb.report.title', { season: report.season.label })}
        </h2>
        <Issues title={t('hb.report.errorsTitle')} issues={report.errors} kind="error" />
        <Issues title={t('hb.report.warningsTitle')} issues={report.warnings} kind="warning" />
      </section>
    );
  const s = report.summary;
  const cards = [
    ['spf', s.spf?.display ?? '—', ''],
    ['electricityKwh', s.totals.electricityKwh.display, 'kWh'],
    ['heatGj', s.totals.heatGj.display, 'GJ'],
    ['waterM3', s.totals.waterM3.display, 'm³'],
    ['carbon', s.carbon.tCo2.display, 'tCO₂'],
  ] as const;
  return (
    <section className="card hb-report" aria-labelledby="hb-report-title">
      <h2 id="hb-report-title" className="section-title">
        {t('hb.report.title', { season: s.season.label })}
      </h2>
      <p className="muted small">
        {t('hb.report.span', {
          from: s.season.from,
          to: s.season.to,
          count: s.readings.count,
          first: s.readings.first,
          last: s.readings.last,
        })}
      </p>
      <dl className="hb-figures">
        {cards.map(([k, v, unit]) => (
          <div key={k} className={`hb-figure hb-figure-${k}`}>
            <dt>{t(`hb.report.${k}`)}</dt>
            <dd>
              <span className="hb-figure-value">{v}</span> {unit}
            </dd>
          </div>
        ))}
      </dl>
      <p className="small hb-factor">
        {t('hb.report.factor', {
          value: s.carbon.factor.value,
          unit: s.carbon.factor.unit,
          from: s.carbon.factor.from,
        })}{' '}
        <span className="muted">{pick(s.carbon.factor.source)}</span>
      </p>
      <Issues title={t('hb.report.warningsTitle')} issues={s.warnings} kind="warning" />
      <h3>{t('hb.report.monthly')}</h3>
      <HeatingMonthlyChart months={s.monthly} />
      <div className="air-table-wrap">
        <table className="air-table hb-monthly">
          <thead>
            <tr>
              <th scope="col">{t('hb.report.month')}</th>
              <th scope="col">{t('hb.report.electricityKwh')} (kWh)</th>
              <th scope="col">{t('hb.report.heatGj')} (GJ)</th>
              <th scope="col">{t('hb.report.waterM3')} (m³)</th>
              <th scope="col">{t('hb.report.spf')}</th>
              <th scope="col">{t('hb.report.carbon')} (kgCO₂)</th>
            </tr>
          </thead>
          <tbody>
            {s.monthly.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td className="num">{m.electricityKwh.display}</td>
                <td className="num">{m.heatGj.display}</td>
                <td className="num">{m.waterM3.display}</td>
                <td className="num">{m.spf?.display ?? '—'}</td>
                <td className="num">{m.carbonKgCo2.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CitationView citation={s.citation} />
    </section>
  );
}
