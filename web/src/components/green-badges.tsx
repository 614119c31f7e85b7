/**
 * @module web/components/green-badges
 * Badges of the green fund: an item's place in its project (won, superseded, pending, not
 * awarded), an application's state, an award's state, a grant row's result and a run's state.
 * Each carries its word; colour is never the only signal.
 */
import { useTranslation } from 'react-i18next';
import type { ApplicationState, AwardState, GrantResult, MatchStatus, RunState } from '../lib/green-types.ts';

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return <span className={`badge green-status green-status-${status}`}>{t(`green.status.${status}`)}</span>;
}

export function ApplicationStateBadge({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <span className={`badge green-state green-state-${state}`}>{t(`green.states.${state}`)}</span>;
}

export function AwardStateBadge({ state }: { state: AwardState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge green-award-state green-award-${state}`}>{t(`green.awardStates.${state}`)}</span>
  );
}

export function GrantResultBadge({ result }: { result: GrantResult }) {
  const { t } = useTranslation();
  return <span className={`badge green-result green-result-${result}`}>{t(`green.results.${result}`)}</span>;
}

export function RunStateBadge({ state }: { state: RunState }) {
  const { t } = useTranslation();
  return <span className={`badge green-run-state green-run-${state}`}>{t(`green.runStates.${state}`)}</span>;
}
