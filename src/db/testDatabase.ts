import { CafDatabase } from './database';
import { setActiveDatabase } from './connection';
import { saveSession } from './session';

let counter = 0;

/** A fresh, signed-in database for one test (fake-indexeddb in unit tests). */
export async function freshSignedInDatabase(
  practitionerId = '0190a000-0000-7000-8000-000000000001',
): Promise<CafDatabase> {
  counter++;
  const db = new CafDatabase(`test-${Date.now()}-${counter}`);
  setActiveDatabase(db);
  await saveSession({
    token: 'test-token',
    practitioner: { id: practitionerId, name: 'Test Practitioner', role: 'healthVisitor', agencyId: 'agency' },
    signedInAt: new Date().toISOString(),
  });
  return db;
}
