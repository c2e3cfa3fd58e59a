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
  routes?: RouteObject[];
  caseSections?: CaseSection[];
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

const modules = import.meta.glob<FeatureModule>('../features/*/module.ts', { eager: true });

export const featureRoutes: RouteObject[] = Object.values(modules).flatMap((module) => module.routes ?? []);

export const caseSections: CaseSection[] = Object.values(modules)
  .flatMap((module) => module.caseSections ?? [])
  .sort((a, b) => CASE_SECTION_ORDER.indexOf(a.id) - CASE_SECTION_ORDER.indexOf(b.id));
