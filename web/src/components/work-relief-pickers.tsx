/**
 * @module web/components/work-relief-pickers
 * The project and month a clerk works on (attendance, ledger), kept in the URL
 * (`?project=12&period=2026-06`) so a page can be bookmarked and reloaded; the month defaults to
 * the current one, the project to the first the user reaches.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { WrProject } from '../lib/work-relief-types.ts';

/** The chosen project id (or the first project's) and month, and setters that update the URL. */
export function useProjectMonth(projects: readonly WrProject[] | undefined, today: string) {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('project'));
  const projectId = Number.isInteger(raw) && raw > 0 ? raw : (projects?.[0]?.id ?? null);
  const p = params.get('period') ?? '';
  const period = /^\d{4}-(0[1-9]|1[0-2])$/.test(p) ? p : today.slice(0, 7);
  const set = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(name, value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return {
    projectId,
    period,
    setProject: (id: number) => set('project', String(id)),
    setPeriod: (value: string) => set('period', value),
  };
}

export function WrProjectMonth({
  projects,
  projectId,
  period,
  onProject,
  onPeriod,
}: {
  projects: readonly WrProject[];
  projectId: number | null;
  period: string;
  onProject: (id: number) => void;
  onPeriod: (period: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card green-budget-tools">
      <label>
        {t('workRelief.common.project')}
        <select
          name="project"
          value={projectId === null ? '' : String(projectId)}
          onChange={(e) => onProject(Number(e.target.value))}
        >
          {projects.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.code} {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('workRelief.common.period')}
        <input
          type="month"
          name="period"
          value={period}
          onChange={(e) => {
            if (/^\d{4}-\d{2}$/.test(e.target.value)) onPeriod(e.target.value);
          }}
        />
      </label>
    </div>
  );
}
