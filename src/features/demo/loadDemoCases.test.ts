import { describe, expect, it } from 'vitest';
import { searchCases } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { loadDemoCases } from './loadDemoCases';

describe('loading demo cases', () => {
  it('writes valid synthetic cases through the data layer, with outbox changes so they sync', async () => {
    const db = await freshSignedInDatabase();
    expect(await loadDemoCases(30, '0190a000-0000-7000-8000-000000000001')).toBe(30);
    expect((await searchCases({})).length).toBe(30);
    expect(await db.outbox.count()).toBe(await db.records.count());
  });
});
