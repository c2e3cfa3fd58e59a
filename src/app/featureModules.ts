import type { RouteObject } from 'react-router';
import type { StoredRecord } from '../db';
import type { TaskStatus } from '../ui/TaskList';

/** Every record of one case, grouped by kind, as the case page reads it once. */
export type CaseRecords = Partial<Record<string, StoredRecord[]>>;

/** A section of the case task list that a feature fills in. */
export interface CaseSection {
  /** One of CASE_SECTION_ORDER: the order practitioners meet the steps in. */
  id: (typeof CASE_SECTION_ORDER)[number];
  title: string;
  /** Under /cases/:caseId/, e.g. "assessment". */
  path: string;
  hint?: string;
  /** Pure: derived from the case's records, so the list never disagrees with the data. */
  status: (records: CaseRecords) => TaskStatus;
}

/**
 * What a feature folder contributes to the app: its routes (lazy, so they cost nothing on the first
 * screen) and its sections of the case page. Each feature's `module.ts` exports one of these, so
 * adding a screen never means editing a shared list.
 */
export interface FeatureModule {
  routes: RouteObject[];
  /** Every module exports this, empty if it adds no task, so the case page can import it by name. */
  caseSections: CaseSection[];
}

export const CASE_SECTION_ORDER = [
  'enquiry',
  'child-details',
  'pre-assessment',
  'level-of-need',
  'consent',
  'assessment',
  'tac-plan',
  'reviews',
  'distance-travelled',
  'closure',
] as const;

// Only the `routes` export is imported here: route objects are tiny and lazy. The case sections (with
// their status rules and schemas) are imported by the case page alone (src/features/case/caseSections.ts),
// so they stay out of the first screen's JavaScript.
const routeModules = import.meta.glob<FeatureModule['routes']>('../features/*/module.ts', {
  eager: true,
  import: 'routes',
});

export const featureRoutes: RouteObject[] = Object.values(routeModules).flatMap((routes) => routes ?? []);

export function orderCaseSections(sections: CaseSection[]): CaseSection[] {
  return [...sections].sort((a, b) => CASE_SECTION_ORDER.indexOf(a.id) - CASE_SECTION_ORDER.indexOf(b.id));
}
