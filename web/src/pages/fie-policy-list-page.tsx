/**
 * @module web/pages/fie-policy-list-page
 * `/fie/policy-list?kind=`: 《外商投资企业政策清单》 (京技管发〔2023〕28号 二(四)14), public, in the
 * interface language — every rule a foreign-invested enterprise can use, with its document, kind,
 * status and 免申即享 flag, each linking to the rule.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieHead } from '../components/fie-parts.tsx';
import { Loading } from '../components/loading.tsx';
import { useAsync } from '../hooks/use-async.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { fieApi } from '../lib/fie-api.ts';

const KINDS = ['support', 'obligation', 'service'] as const;
type StatusKey = 'in_force' | 'not_yet' | 'expired' | 'repealed';

export function FiePolicyListPage() {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const [params, setParams] = useSearchParams();
  const k = params.get('kind') ?? '';
  const kind = (KINDS as readonly string[]).includes(k) ? k : undefined;
  const list = useAsync((signal) => fieApi.policyList(kind, signal), [kind]);
  return (
    <div className="fie-page">
      <FieHead title={t('fie.policyList.title')} lead={t('fie.policyList.lead')} />
      <div className="card green-budget-tools">
        <label>
          {t('fie.policyList.kind')}
          <select
            name="kind"
            value={kind ?? ''}
            onChange={(e) => setParams(e.target.value ? { kind: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t('fie.policyList.all')}</option>
            {KINDS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.data ? (
        <section className="card">
          <p className="muted fie-count">{t('fie.policyList.count', { count: list.data.items.length })}</p>
          <div className="air-table-wrap">
            <table className="air-table fie-policy-list">
              <thead>
                <tr>
                  <th scope="col">{t('fie.policyList.rule')}</th>
                  <th scope="col">{t('fie.policyList.policy')}</th>
                  <th scope="col">{t('fie.policyList.kind')}</th>
                  <th scope="col">{t('fie.policyList.status')}</th>
                  <th scope="col">{t('fie.policyList.noApplication')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((i) => (
                  <tr key={i.ruleId}>
                    <th scope="row">
                      <Link to={`/rules/${i.ruleId}`}>{pick(i.title)}</Link>
                    </th>
                    <td>{pick(i.policyNumber)}</td>
                    <td>{pick(i.kindLabel)}</td>
                    <td>
                      {t(`fie.policyList.statuses.${i.status as StatusKey}`, { defaultValue: i.status })}
                    </td>
                    <td>{i.noApplication ? '✓' : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <Loading />
      )}
    </div>
  );
}
