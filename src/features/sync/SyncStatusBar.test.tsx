import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { recordSyncSuccess } from '../../db/sync';
import { useSyncStatus } from '../../sync/syncStatusStore';
import { SyncStatusBar } from './SyncStatusBar';

const renderBar = () =>
  render(
    <MemoryRouter>
      <SyncStatusBar />
    </MemoryRouter>,
  );

describe('the sync status bar', () => {
  afterEach(() => useSyncStatus.getState().set({ phase: 'idle', lastError: null }));

  it('links to signing in when the server says the session has ended', async () => {
    await freshSignedInDatabase();
    useSyncStatus
      .getState()
      .set({ phase: 'signInNeeded', lastError: 'Sign in again to sync. Your changes are kept on this device.' });
    renderBar();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says when this device last synced as soon as the page opens, before the sync engine has loaded', async () => {
    await freshSignedInDatabase();
    await recordSyncSuccess(new Date('2026-11-23T09:05:00.000Z'));
    renderBar();
    expect(await screen.findByText(/^Last synced 23 Nov, \d\d:05$/)).toBeInTheDocument();
    expect(screen.queryByText('Not synced yet')).not.toBeInTheDocument();
  });

  it('says a device has not synced yet only when it never has, and follows a sync finished in another tab', async () => {
    await freshSignedInDatabase();
    renderBar();
    expect(await screen.findByText('Not synced yet')).toBeInTheDocument();
    // Another tab holds the sync lock and finishes a sync: this tab reads it from IndexedDB.
    await recordSyncSuccess(new Date('2026-11-23T10:40:00.000Z'));
    expect(await screen.findByText(/^Last synced 23 Nov, \d\d:40$/)).toBeInTheDocument();
  });
});
