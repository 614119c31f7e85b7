/**
 * @module web/components/air-measures
 * The measures of an alert level as the plan words them (四(一)–(三)), each with its clause and
 * the units that lead it, and the driving rules of the day.
 */
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import type { AirMeasure } from '../lib/air-types.ts';

/** The measures in order; `leads` false leaves out the lead units (noise to a resident). */
export function MeasureList({
  measures,
  leads = true,
}: {
  measures: readonly AirMeasure[];
  leads?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (measures.length === 0) return <p className="muted">{t('air.alert.noMeasures')}</p>;
  return (
    <ol className="air-measures">
      {measures.map((m) => (
        <li key={m.id}>
          <p>{pick(m.text)}</p>
          <p className="air-measure-meta">
            <span lang="zh-CN">{m.clause}</span>
            {leads && m.leads.length > 0 ? (
              <span>
                {t('air.alert.leads', {
                  names: m.leads.map((l) => pick(l.name) || l.code).join(t('common.listSeparator')),
                })}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The driving rules in the interface language (English falls back to Chinese). */
export function DrivingList({
  driving,
}: {
  driving: { readonly zh: readonly string[]; readonly en: readonly string[] };
}) {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  const lines = lang === 'en' && driving.en.length > 0 ? driving.en : driving.zh;
  if (lines.length === 0) return <p className="muted">{t('air.alert.drivingNone')}</p>;
  return (
    <ul className="air-driving">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** All three groups: health guidance first, then advisory, then the mandatory ones folded. */
export function MeasureGroups({
  measures,
  mandatoryOpen = false,
}: {
  measures: {
    readonly health: readonly AirMeasure[];
    readonly advisory: readonly AirMeasure[];
    readonly mandatory: readonly AirMeasure[];
  };
  mandatoryOpen?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('air.alert.health')}</h3>
      <MeasureList measures={measures.health} />
      <h3>{t('air.alert.advisory')}</h3>
      <MeasureList measures={measures.advisory} />
      <details className="air-details" open={mandatoryOpen}>
        <summary>{t('air.alert.mandatory', { count: measures.mandatory.length })}</summary>
        <MeasureList measures={measures.mandatory} />
      </details>
    </>
  );
}
