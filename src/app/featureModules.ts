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
 * What a feature folder contributes to the app, so adding a screen never means editing a shared
 * list: `module.ts` exports its `routes` (lazy, so they cost nothing on the first screen) and, if
 * it fills a task on the case page, `caseSection.ts` exports its `caseSections`. They are separate
 * files because a bundler keeps a file whole: section status rules (and the schemas they use) in
 * module.ts would land in the first screen's JavaScript.
 */
export interface FeatureModule {
  routes: RouteObject[];
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

const routeModules = import.meta.glob<FeatureModule['routes']>('../features/*/module.ts', {
  eager: true,
  import: 'routes',
});

export const featureRoutes: RouteObject[] = Object.values(routeModules).flatMap((routes) => routes ?? []);

export function orderCaseSections(sections: CaseSection[]): CaseSection[] {
  return [...sections].sort((a, b) => CASE_SECTION_ORDER.indexOf(a.id) - CASE_SECTION_ORDER.indexOf(b.id));
}
