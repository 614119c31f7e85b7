/**
 * @module web/pages/heating-check-page
 * `/heating/check`, open to everyone: a new-energy heating design checked against 1309号 一(三)
 * (the 60% share in principle, no stand-alone gas heating), 三 (the conditions of each technology)
 * and 五(二) (return water of reclaimed-water and sewage-source heat pumps), with every reason.
 */
import { useTranslation } from 'react-i18next';
import { HbRuleCheck } from '../components/heating-rule-check.tsx';
import { HbHead } from '../components/heating-subnav.tsx';
import { PROJECT_CHECK_RULE } from '../lib/heating-api.ts';

export function HeatingCheckPage() {
  const { t } = useTranslation();
  return (
    <div className="hb-page">
      <HbHead title={t('hb.check.heatingTitle')} lead={t('hb.check.heatingLead')} />
      <HbRuleCheck ruleId={PROJECT_CHECK_RULE} />
    </div>
  );
}
