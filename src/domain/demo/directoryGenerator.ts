import { DEFAULT_PARTNER_AGENCIES } from '../config/partnerAgencies';
import type { RecordData } from '../records/registry';
import { DIRECTORY_CASE_ID } from '../records/directory';
import type { DemoColleague } from './caseloadGenerator';
import { DEMO_DEVICE_ID, DemoRecordWriter, type DemoRecord } from './demoRecord';
import { ADULT_FIRST_NAMES, PROFESSIONAL_SURNAMES } from './fictionalNames';
import { createSeededRandom } from './seededRandom';

export interface DemoDirectory {
  /** Agency ids in the order of DEFAULT_PARTNER_AGENCIES, ready for generateDemoCaseload's `agencyIds`. */
  agencyIds: string[];
  agencyIdsByKey: Record<string, string>;
  practitionerIds: string[];
  records: DemoRecord[];
}

const ROLES_BY_AGENCY: Readonly<Record<string, RecordData<'practitioner'>['role']>> = {
  health: 'healthVisitor',
  school: 'familySupportWorker',
  childrensCentre: 'familySupportWorker',
  voluntary: 'youthWorker',
  childrensSocialCare: 'socialWorker',
};

/**
 * The demo directory: one agency record per default partner agency and a few practitioners with
 * invented names marked "(demo)". Every record is created on `today` by the first practitioner.
 */
export function generateDemoDirectory(options: {
  seed: number | string;
  today: string;
  practitioners?: number;
  /**
   * Agencies the store already holds, by partner agency key: referred to instead of making another of
   * the same kind (a family would otherwise be asked about two health services).
   */
  existingAgencyIds?: Readonly<Record<string, string>>;
}): DemoDirectory {
  const random = createSeededRandom(options.seed);
  const writer = new DemoRecordWriter(random, DIRECTORY_CASE_ID, DEMO_DEVICE_ID);
  const practitionerKeys = Array.from({ length: options.practitioners ?? 4 }, () => writer.idOn(options.today));
  const author = practitionerKeys[0]?.id;
  if (!author) throw new Error('Give at least one practitioner');

  const agencyIdsByKey: Record<string, string> = {};
  for (const agency of DEFAULT_PARTNER_AGENCIES)
    agencyIdsByKey[agency.key] =
      options.existingAgencyIds?.[agency.key] ??
      writer.add('agency', { name: `${agency.name} (demo)`, type: agency.type }, { on: options.today, by: author });

  const agencyKeys = Object.keys(ROLES_BY_AGENCY);
  const names = random.sample(ADULT_FIRST_NAMES, practitionerKeys.length);
  const practitionerIds = practitionerKeys.map((key, index) => {
    const agencyKey = agencyKeys[index % agencyKeys.length] as string;
    const firstName = names[index] as string;
    const surname = random.pick(PROFESSIONAL_SURNAMES);
    return writer.add(
      'practitioner',
      {
        name: `${firstName} ${surname} (demo)`,
        role: ROLES_BY_AGENCY[agencyKey] ?? 'other',
        agencyId: agencyIdsByKey[agencyKey] as string,
        email: `${firstName}.${surname}.demo@example.org`.toLowerCase(),
      },
      { on: options.today, by: author, id: key },
    );
  });

  return {
    agencyIds: DEFAULT_PARTNER_AGENCIES.map((agency) => agencyIdsByKey[agency.key] as string),
    agencyIdsByKey,
    practitionerIds,
    records: writer.records,
  };
}

/** The directory's practitioners, as colleagues a demo caseload puts on its Teams Around the Child. */
export function directoryColleagues(directory: DemoDirectory): DemoColleague[] {
  return directory.records.flatMap((record) =>
    record.kind === 'practitioner'
      ? [{ id: record.meta.id, name: record.data.name, agencyId: record.data.agencyId }]
      : [],
  );
}
