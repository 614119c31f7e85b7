/**
 * @module web/components/export-link
 * "导出 Excel / Export Excel": a plain download link to a list's `.xlsx` export, carrying the list's
 * current filters in the query, so the workbook holds what the page shows. The server applies the
 * same permission and scope as the list (and masks personal data); the browser saves the file.
 */
import { useTranslation } from 'react-i18next';
import { query } from '../api.ts';

export interface ExportLinkProps {
  /** The export's path under `/api/v1`, e.g. `/work-relief/projects/export.xlsx`. */
  readonly path: string;
  /** The list's filters; empty and absent ones are left out. */
  readonly filters?: Readonly<Record<string, string | number | undefined | null>>;
}

/** The export URL of `path` with `filters` (exported for tests and for pages that build their own link). */
export function exportUrl(path: string, filters: ExportLinkProps['filters'] = {}): string {
  const q: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(filters))
    q[k] = v === null || v === undefined || v === '' ? undefined : String(v);
  return `/api/v1${path}${query(q)}`;
}

export function ExportLink({ path, filters }: ExportLinkProps) {
  const { t } = useTranslation();
  return (
    <a
      className="button button-secondary export-link"
      href={exportUrl(path, filters)}
      title={t('common.exportExcelHint')}
      download
    >
      {t('common.exportExcel')}
    </a>
  );
}
