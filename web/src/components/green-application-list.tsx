/**
 * @module web/components/green-application-list
 * Applications as a table: number (opens the application), item, project, enterprise (for
 * officials), state, computed amount and last change; the open one is marked.
 */
import { useTranslation } from 'react-i18next';
import type { RuleSummary } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { formatShanghai } from '../lib/air-time.ts';
import type { Application } from '../lib/green-types.ts';
import { itemOf } from '../lib/green-types.ts';
import { ApplicationStateBadge } from './green-badges.tsx';
import { Money } from './green-money.tsx';

export function GreenApplicationList({
  applications,
  items,
  selectedId,
  showEnterprise,
  onSelect,
}: {
  applications: readonly Application[];
  items: readonly RuleSummary[];
  selectedId: number | null;
  showEnterprise: boolean;
  onSelect: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  if (applications.length === 0) return <p className="empty">{t('green.list.empty')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table green-table green-applications">
        <thead>
          <tr>
            <th scope="col">{t('green.list.number')}</th>
            <th scope="col">{t('green.list.item')}</th>
            <th scope="col">{t('green.list.project')}</th>
            {showEnterprise ? <th scope="col">{t('green.list.enterprise')}</th> : null}
            <th scope="col">{t('green.list.state')}</th>
            <th scope="col">{t('green.list.amount')}</th>
            <th scope="col">{t('green.list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => {
            const n = itemOf(a.ruleId);
            const s = items.find((r) => r.id === a.ruleId);
            return (
              <tr
                key={a.id}
                className={a.id === selectedId ? 'is-selected' : undefined}
                data-number={a.number}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-current={a.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(a.id)}
                  >
                    {a.number}
                  </button>
                </th>
                <td>{s ? t('green.calc.itemHeading', { n, title: pick(s.title) }) : a.ruleId}</td>
                <td>
                  {a.projectName}
                  <span className="muted small air-cell-sub">{a.projectRef}</span>
                </td>
                {showEnterprise ? (
                  <td>
                    <code>{a.creditCode}</code>
                  </td>
                ) : null}
                <td>
                  <ApplicationStateBadge state={a.state} />
                </td>
                <td className="num">
                  <Money amount={a.amount} />
                </td>
                <td className="num">{formatShanghai(a.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
