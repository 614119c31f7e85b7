/**
 * @module web/components/air-level-banner
 * The alert level as a banner in the level's own colour, with text dark or light to stay legible
 * (dark on yellow and orange), the response it starts and its times in Beijing time. The level
 * is always written out: colour is never the only signal.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { cssRgb, LEVEL_RGB, textOn } from '../lib/air-levels.ts';
import { formatShanghai } from '../lib/air-time.ts';
import type { AlertLevel, Instant, ResponseLevel, Rgb } from '../lib/air-types.ts';

export interface BannerAlert {
  readonly level: AlertLevel;
  readonly levelLabel: Bilingual;
  readonly response: ResponseLevel | null;
  readonly number: string;
  readonly startsAt: Instant;
  readonly endsAt: Instant | null;
  readonly issuedAt: Instant;
  readonly updatedAt?: Instant | undefined;
}

export function AirLevelBanner({
  alert,
  rgb,
  headingLevel = 2,
  children,
}: {
  alert: BannerAlert;
  rgb?: Rgb | undefined;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const colour = rgb ?? LEVEL_RGB[alert.level];
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const until = alert.endsAt ? formatShanghai(alert.endsAt) : t('air.time.untilLifted');
  return (
    <section
      className={`air-banner air-banner-${alert.level}`}
      style={{ backgroundColor: cssRgb(colour), color: textOn(colour) }}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="air-banner-level">
        {pick(alert.levelLabel) || t(`air.levels.${alert.level}`)}
      </Heading>
      {alert.response ? <p className="air-banner-response">{t(`air.response.${alert.response}`)}</p> : null}
      <dl className="air-banner-times">
        <div>
          <dt>{t('air.time.starts')}</dt>
          <dd>{formatShanghai(alert.startsAt)}</dd>
        </div>
        <div>
          <dt>{t('air.time.ends')}</dt>
          <dd>{until}</dd>
        </div>
      </dl>
      <p className="air-banner-meta">
        {t('air.alert.orderNumber', { number: alert.number })}
        <br />
        {t('air.time.issued')} {formatShanghai(alert.issuedAt)}
        {alert.updatedAt && alert.updatedAt !== alert.issuedAt
          ? ` · ${t('air.time.updated')} ${formatShanghai(alert.updatedAt)}`
          : null}
        {t('air.time.beijing')}
      </p>
      {children}
    </section>
  );
}
