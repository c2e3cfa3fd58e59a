import { createPasswordVerifier } from '../domain/passwordVerifier';
import { CafDatabase } from './database';
import { setActiveDatabase } from './connection';
import { saveSession } from './session';

let counter = 0;

/** PBKDF2 iterations for tests: the verifier's strength is not what they test, and 600,000 is slow. */
export const TEST_PASSWORD_ITERATIONS = 1000;

/**
 * A fresh, signed-in database for one test (fake-indexeddb in unit tests). With `password`, the
 * practitioner signed in with it, so hand-over mode can check it on the device.
 */
export async function freshSignedInDatabase(
  practitionerId = '0190a000-0000-7000-8000-000000000001',
  options: { password?: string } = {},
): Promise<CafDatabase> {
  counter++;
  const db = new CafDatabase(`test-${Date.now()}-${counter}`);
  setActiveDatabase(db);
  await saveSession(
    {
      token: 'test-token',
      practitioner: { id: practitionerId, name: 'Test Practitioner', role: 'healthVisitor', agencyId: 'agency' },
      signedInAt: new Date().toISOString(),
    },
    options.password === undefined
      ? undefined
      : await createPasswordVerifier(options.password, TEST_PASSWORD_ITERATIONS),
  );
  return db;
}
