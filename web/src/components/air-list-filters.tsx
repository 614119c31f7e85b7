/**
 * @module web/components/air-list-filters
 * The list page's filters: kind, sector, department in charge (by name), grade, guarantee list
 * yes or no, and a text search. Only the sectors, departments and grades the lists have are offered.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_KINDS, type ListFilter, type ListKind } from '../lib/air-lists.ts';
import { useGradeLabel } from './air-list-table.tsx';

export function AirListFilters({
  filter,
  choices,
  departmentName,
  onChange,
}: {
  filter: ListFilter;
  choices: {
    readonly sectors: readonly string[];
    readonly owners: readonly string[];
    readonly grades: readonly string[];
  };
  departmentName: (code: string) => string;
  onChange: (f: ListFilter) => void;
}) {
  const { t } = useTranslation();
  const gradeLabel = useGradeLabel();
  const id = useId();
  const owners = [...choices.owners].sort((a, b) =>
    departmentName(a).localeCompare(departmentName(b), 'zh-CN'),
  );
  return (
    <fieldset className="air-filters air-list-filters">
      <legend className="visually-hidden">{t('air.lists.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('air.lists.kind')}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(e) => onChange({ ...filter, kind: e.target.value as ListKind | 'all' })}
        >
          <option value="all">{t('air.lists.allKinds')}</option>
          {LIST_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`air.lists.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sector`}>{t('air.lists.sector')}</label>
        <select
          id={`${id}-sector`}
          value={filter.sector}
          onChange={(e) => onChange({ ...filter, sector: e.target.value })}
        >
          <option value="">{t('air.lists.allSectors')}</option>
          {choices.sectors.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('air.lists.owner')}</label>
        <select
          id={`${id}-owner`}
          value={filter.owner}
          onChange={(e) => onChange({ ...filter, owner: e.target.value })}
        >
          <option value="">{t('air.lists.allOwners')}</option>
          {owners.map((code) => (
            <option key={code} value={code}>
              {departmentName(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-grade`}>{t('air.lists.grade')}</label>
        <select
          id={`${id}-grade`}
          value={filter.grade}
          onChange={(e) => onChange({ ...filter, grade: e.target.value })}
        >
          <option value="">{t('air.lists.allGrades')}</option>
          {choices.grades.map((g) => (
            <option key={g} value={g}>
              {gradeLabel(g)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-guarantee`}>{t('air.lists.guarantee')}</label>
        <select
          id={`${id}-guarantee`}
          value={filter.guarantee}
          onChange={(e) => onChange({ ...filter, guarantee: e.target.value as ListFilter['guarantee'] })}
        >
          <option value="all">{t('air.lists.guaranteeAll')}</option>
          <option value="yes">{t('air.lists.guaranteeYes')}</option>
          <option value="no">{t('air.lists.guaranteeNo')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('air.lists.search')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder={t('air.lists.searchHint')}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
