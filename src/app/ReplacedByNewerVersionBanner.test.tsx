import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecord, ReplacedByNewerVersionError } from '../db';
import { freshSignedInDatabase } from '../db/testDatabase';
import { newId } from '../domain/ids';
import { ReplacedByNewerVersionBanner } from './ReplacedByNewerVersionBanner';

/** What a newer version of the app does in another tab: opens the device's database at a higher version. */
function openInNewerVersion(name: string, nativeVersion: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, nativeVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onblocked = () => reject(new Error('blocked: this tab kept its connection open'));
  });
}

describe('when the app is updated in another tab', () => {
  it('lets the newer version open the database and tells the practitioner to reload before they type', async () => {
    const db = await freshSignedInDatabase();
    const household = { address: '1 Test Street' };
    await createRecord('household', newId(), household);
    render(<ReplacedByNewerVersionBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Dexie keeps the schema version times ten as IndexedDB's version.
    const newer = await openInNewerVersion(db.name, db.verno * 10 + 10);
    expect(await screen.findByRole('alert', { name: 'Important' })).toHaveTextContent(
      'This app was updated in another tab or window',
    );
    expect(screen.getByRole('button', { name: 'Reload this page' })).toBeInTheDocument();
    newer.close();

    // This tab's older code may still read, but must not write into the newer layout.
    expect(await db.settings.get('session')).toBeDefined();
    await expect(createRecord('household', newId(), household)).rejects.toThrow(ReplacedByNewerVersionError);
  });
});
