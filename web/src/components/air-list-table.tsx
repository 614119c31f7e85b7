/**
 * @module web/components/air-list-table
 * The emission-reduction and guarantee lists as a table: name and credit code, kind, sector, the
 * department in charge (by name), grade, guarantee; each row opens to show its measures at each
 * alert level (一厂一策, 29号 附件3).
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { entryMeasures, isListGrade, type ListEntry } from '../lib/air-lists.ts';
import { LevelChip } from './air-alert-list.tsx';

/** `(grade) => label`: a known grade in words, an unknown one as it is, none as "not graded". */
export function useGradeLabel(): (grade: string | null) => string {
  const { t } = useTranslation();
  return (grade) => {
    if (grade === null || grade === 'none') return t('air.lists.grades.none');
    return isListGrade(grade) ? t(`air.lists.grades.${grade}`) : grade;
  };
}

function MeasuresRow({ entry, id, span }: { entry: ListEntry; id: string; span: number }) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const measures = entryMeasures(entry);
  return (
    <tr id={id} className="air-list-measures-row">
      <td colSpan={span}>
        <p className="visually-hidden">{t('air.lists.measuresOf', { name: pick(entry.name) })}</p>
        {measures.length === 0 ? (
          <p className="muted">{t('air.lists.noMeasures')}</p>
        ) : (
          <dl className="air-list-measures">
            {measures.map(([level, text]) => (
              <div key={level}>
                <dt>
                  <LevelChip level={level} />
                </dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}

const COLUMNS = 7;

export function AirListTable({
  entries,
  departmentName,
}: {
  entries: readonly ListEntry[];
  departmentName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { pick } = useBilingual();
  const gradeLabel = useGradeLabel();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // Stays mounted when a filter matches nothing, so opened rows stay open when it is widened again.
  if (entries.length === 0) return <p className="empty">{t('air.lists.noMatch')}</p>;
  return (
    <div className="air-table-wrap">
      <table className="air-table air-list-table">
        <thead>
          <tr>
            <th scope="col">{t('air.lists.name')}</th>
            <th scope="col">{t('air.lists.kind')}</th>
            <th scope="col">{t('air.lists.sector')}</th>
            <th scope="col">{t('air.lists.owner')}</th>
            <th scope="col">{t('air.lists.grade')}</th>
            <th scope="col">{t('air.lists.guarantee')}</th>
            <th scope="col">{t('air.lists.measures')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const expanded = open.has(e.id);
            const rowId = `air-list-measures-${e.id}`;
            return (
              <Fragment key={e.id}>
                <tr className={expanded ? 'is-open' : undefined}>
                  <th scope="row">
                    {pick(e.name)}
                    {e.creditCode ? <span className="muted small air-cell-sub">{e.creditCode}</span> : null}
                  </th>
                  <td>{t(`air.lists.kinds.${e.kind}`)}</td>
                  <td>{e.sector}</td>
                  <td>{departmentName(e.ownerDepartment)}</td>
                  <td className="num">{gradeLabel(e.grade)}</td>
                  <td>
                    {e.guarantee ? (
                      <span className="badge air-list-guarantee">{t('air.lists.guaranteeBadge')}</span>
                    ) : (
                      t('air.lists.guaranteeNo')
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-secondary air-list-toggle"
                      aria-expanded={expanded}
                      aria-controls={expanded ? rowId : undefined}
                      onClick={() => toggle(e.id)}
                    >
                      {expanded ? t('air.lists.hideMeasures') : t('air.lists.showMeasures')}
                      {expanded ? null : <span className="air-list-count"> ({entryMeasures(e).length})</span>}
                    </button>
                  </td>
                </tr>
                {expanded ? <MeasuresRow entry={e} id={rowId} span={COLUMNS} /> : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
