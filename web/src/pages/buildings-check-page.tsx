/**
 * @module web/pages/buildings-check-page
 * `/buildings/check`, open to everyone: what 30号 requires of a building project in the 225 km² —
 * the minimum green rating (四(一)), three stars in principle for government public-welfare
 * buildings, the ultra-low-energy standard (四(二), 三(二), 六(十三)) — and whether a plan complies.
 * Projects approved outside 2023-11-23 – 2025-12-31 are answered `not_in_force` with the dates.
 */
import { useTranslation } from 'react-i18next';
import { HbRuleCheck } from '../components/heating-rule-check.tsx';
import { HbHead } from '../components/heating-subnav.tsx';
import { RATING_RULE } from '../lib/buildings-api.ts';

export function BuildingsCheckPage() {
  const { t } = useTranslation();
  return (
    <div className="hb-page">
      <HbHead title={t('hb.check.buildingsTitle')} lead={t('hb.check.buildingsLead')} />
      <HbRuleCheck ruleId={RATING_RULE} />
    </div>
  );
}
