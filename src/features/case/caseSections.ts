import { orderCaseSections, type FeatureModule } from '../../app/featureModules';

const sectionModules = import.meta.glob<FeatureModule['caseSections']>('../*/caseSection.ts', {
  eager: true,
  import: 'caseSections',
});

/** Every feature's sections of the case task list, in the order practitioners meet them. */
export const caseSections = orderCaseSections(Object.values(sectionModules).flatMap((sections) => sections ?? []));
