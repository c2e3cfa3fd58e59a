import { useEffect, useMemo, useState } from 'react';
import { readDeviceId, useCaseRecords, useRecord, type StoredRecord } from '../../db';
import { deriveConsentState, orderConsentHistory, type ConsentState } from '../../domain/consentScope';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import type { ConsentEvent } from '../../domain/records/consent';
import type { Episode } from '../../domain/records/episode';
import { childDisplayName } from '../caseload/childName';
import { consentAgencyOptions, type ConsentAgencyOption } from './consentAgencyOptions';

export interface ConsentCase {
  episode: StoredRecord;
  episodeData: Episode;
  childIds: string[];
  childNames: string[];
  needs: string[];
  history: { id: string; createdBy: string; data: ConsentEvent }[];
  state: ConsentState;
  agencies: ConsentAgencyOption[];
  agencyName: (agencyId: string) => string;
}

/** Everything the consent screens read about a case; `undefined` while loading, `null` if not on this device. */
export function useConsentCase(caseId: string | undefined): ConsentCase | null | undefined {
  const episode = useRecord('episode', caseId);
  const children = useCaseRecords(caseId, 'child');
  const needs = useCaseRecords(caseId, 'need');
  const events = useCaseRecords(caseId, 'consentEvent');
  const agencies = useCaseRecords(DIRECTORY_CASE_ID, 'agency');
  return useMemo(() => {
    if (episode === undefined || !children || !needs || !events || !agencies) return undefined;
    if (episode === null) return null;
    const episodeData = episode.data as Episode;
    const sortedChildren = [...children].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const history = orderConsentHistory(
      events.map((record) => ({ id: record.id, createdBy: record.createdBy, data: record.data as ConsentEvent })),
    );
    const options = consentAgencyOptions(agencies);
    const names = new Map(options.map((option) => [option.agencyId, option.name]));
    return {
      episode,
      episodeData,
      childIds: sortedChildren.map((child) => child.id),
      childNames: sortedChildren.map(childDisplayName),
      needs: needs.map((need) => String(need.data.description ?? '')).filter(Boolean),
      history,
      state: deriveConsentState(history),
      agencies: options,
      agencyName: (agencyId) => names.get(agencyId) ?? 'An agency no longer in the directory',
    };
  }, [episode, children, needs, events, agencies]);
}

export function useDeviceId(): string | undefined {
  const [deviceId, setDeviceId] = useState<string>();
  useEffect(() => {
    let live = true;
    void readDeviceId().then((id) => {
      if (live) setDeviceId(id);
    });
    return () => {
      live = false;
    };
  }, []);
  return deviceId;
}
