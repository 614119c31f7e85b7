/**
 * @module web/components/air-vehicle-result
 * The vehicle check's answer: a big ✓ may drive or ✗ may not drive, then the reasons, those that
 * stop the vehicle first, each with its clause and the plan's words.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VehicleCheckInput, VehicleCheckResult } from '../lib/air-types.ts';
import { orderReasons } from '../lib/air-vehicle.ts';
import { ReasonItem } from './decision-view.tsx';

export function AirVehicleResult({
  result,
  input,
}: {
  result: VehicleCheckResult;
  input: VehicleCheckInput;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!result) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  const ordered = orderReasons(result.reasons, result.restrictedBy);
  const stopping = ordered.filter((r) => result.restrictedBy.includes(r.code) || r.passed === false);
  const others = ordered.filter((r) => !stopping.includes(r));
  const plate = typeof result.plate.normalized === 'string' ? result.plate.normalized : input.plate;
  return (
    <section className="card air-result" aria-labelledby="vehicle-result-title">
      <h2 id="vehicle-result-title" className="visually-hidden" ref={heading} tabIndex={-1}>
        {t('air.vehicle.result')}
      </h2>
      <div className={`air-verdict ${result.mayDrive ? 'air-verdict-yes' : 'air-verdict-no'}`} role="status">
        <span className="air-verdict-mark" aria-hidden="true">
          {result.mayDrive ? '✓' : '✗'}
        </span>
        <div>
          <p className="air-verdict-word">
            {result.mayDrive ? t('air.vehicle.mayDrive') : t('air.vehicle.mayNotDrive')}
          </p>
          <p className="air-verdict-subject">
            {t('air.vehicle.subject', {
              plate,
              date: input.date,
              level: t(`air.levels.${input.alertLevel}`),
            })}
          </p>
        </div>
      </div>
      {!result.inForce ? <p className="alert alert-warning">{t('air.vehicle.notInForce')}</p> : null}
      {result.fleetQuotaApplies ? <p className="alert alert-warning">{t('air.vehicle.fleetQuota')}</p> : null}
      {stopping.length > 0 ? (
        <>
          <h3>{t('air.vehicle.stopping')}</h3>
          <ul className="reasons">
            {stopping.map((r, i) => (
              // Reasons have no id and a code may repeat; the list is replaced whole.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <ReasonItem key={`${r.code}-${i}`} reason={r} showCode={false} compact={false} />
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <details className="air-details" open={stopping.length === 0}>
          <summary>{t('air.vehicle.others', { count: others.length })}</summary>
          <ul className="reasons">
            {others.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: replaced whole with each answer
              <ReasonItem key={`${r.code}-${i}`} reason={r} showCode={false} compact={false} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
