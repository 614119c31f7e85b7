/**
 * @module web/lib/air-measure-changes
 * What a change of alert level does to the measures of 三, sorted for the command centre: added,
 * removed and reworded measures under the document's three headings (health guidance, voluntary,
 * mandatory), in the order the API sends them (the document's).
 */
import type { LevelMeasure, MeasureChanges, MeasureGroup, MeasurePair } from './air-types.ts';

/** The document's order of the three headings. */
export const MEASURE_GROUPS: readonly MeasureGroup[] = ['health', 'advisory', 'mandatory'];

/** One heading's share of a change. */
export interface GroupChanges {
  readonly group: MeasureGroup;
  readonly added: readonly LevelMeasure[];
  readonly removed: readonly LevelMeasure[];
  /** Filed under the heading the measure has after the change. */
  readonly changed: readonly MeasurePair[];
}

/** The headings with something added, removed or reworded, in document order. */
export function groupChanges(changes: MeasureChanges): GroupChanges[] {
  return MEASURE_GROUPS.map((group) => ({
    group,
    added: changes.added.filter((m) => m.group === group),
    removed: changes.removed.filter((m) => m.group === group),
    changed: changes.changed.filter((p) => p.after.group === group),
  })).filter((g) => g.added.length + g.removed.length + g.changed.length > 0);
}

/** True when nothing is added, removed or reworded. */
export function nothingChanges(changes: MeasureChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length === 0;
}
