/**
 * @module web/components/as-of-picker
 * The as-of date input, with a button back to today (in Asia/Shanghai).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../lib/dates.ts';

export function AsOfPicker({
  value,
  today,
  onChange,
}: {
  value: string;
  today: string;
  onChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field-inline as-of">
      <label htmlFor={id}>{t('common.asOf')}</label>
      <input
        id={id}
        type="date"
        value={value}
        title={t('common.asOfHelp')}
        onChange={(e) => {
          if (isCalendarDate(e.target.value)) onChange(e.target.value);
        }}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={value === today}
        onClick={() => onChange(today)}
      >
        {t('common.today')}
      </button>
    </div>
  );
}
