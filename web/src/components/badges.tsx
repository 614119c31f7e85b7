/**
 * @module web/components/badges
 * Coloured badges for a policy's status on a date and for a decision's outcome. Colour is never
 * the only signal: the badge always carries its word.
 */
import { useTranslation } from 'react-i18next';
import type { Outcome, PolicyStatus } from '../api.ts';

export function StatusBadge({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`status.${status}`)}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return <span className={`badge badge-outcome-${outcome}`}>{t(`outcome.${outcome}`)}</span>;
}

/** The 免申即享 (granted without application) marker. */
export function NoApplicationBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-no-application">{t('policy.noApplication')}</span>;
}
