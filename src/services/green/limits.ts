/**
 * @module services/green/limits
 * How many rows a list call returns: the caller's `limit` when it is a whole number from 1 to
 * `max`, the default otherwise (the API's schema refuses other values before they get here).
 */
export function listLimit(limit: unknown, fallback: number, max: number): number {
  return typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 1
    ? Math.min(limit, max)
    : fallback;
}
