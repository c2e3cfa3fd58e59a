import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { applyWrites, readSession, readSessionsToEnd } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { endSignedOutSessions } from '../../sync/sessionEnds';
import { SignOutPage } from './SignOutPage';

const CASE_ID = '0190a000-0000-7000-8000-0000000000c2';
/** The server's key for the test session: SHA-256 of its token, computed here independently of the app. */
const TEST_TOKEN_HASH = createHash('sha256').update('test-token').digest('hex');

function renderPage() {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          { path: '/sign-out', element: <SignOutPage /> },
          { path: '/sign-in', element: <h1>Sign in</h1> },
        ],
        { initialEntries: ['/sign-out'] },
      )}
    />,
  );
}

async function deviceWithACase() {
  const db = await freshSignedInDatabase();
  await applyWrites([
    { op: 'create', kind: 'household', caseId: CASE_ID, data: { address: '2 Synthetic Row', postcode: 'ZZ1 1ZZ' } },
  ]);
  return db;
}

/** Signs out through the page while every request fails as it does offline. */
async function signOutWithNoConnection() {
  const offline = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', offline);
  renderPage();
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out Test Practitioner' }));
  expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  // The attempt to tell the server runs on after the screen has changed: let it fail first.
  await vi.waitFor(() => expect(offline).toHaveBeenCalled());
  await endSignedOutSessions();
}

describe('signing out', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits until every change is on the server, and offers to sync', async () => {
    const db = await deviceWithACase();
    renderPage();
    expect(await screen.findByText(/1 change is not on the server yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sign out/ })).not.toBeInTheDocument();
    expect(await db.records.count()).toBe(1);
  });

  it('says that changes the server refused go too', async () => {
    const db = await deviceWithACase();
    const [change] = await db.outbox.toArray();
    await db.outbox.clear();
    await db.rejected.put({
      seq: 1,
      change: change!,
      reason: 'Refused in a test',
      rejectedAt: new Date().toISOString(),
    });
    renderPage();
    expect(await screen.findByRole('link', { name: '1 change the server did not accept' })).toHaveAttribute(
      'href',
      '/sync',
    );
  });

  it('removes every case and the session from the device once everything was sent', async () => {
    const db = await deviceWithACase();
    await db.outbox.clear(); // what a sync leaves behind
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out Test Practitioner' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(await db.records.count()).toBe(0);
    expect(await readSession()).toBeUndefined();
    // The session ends on the server too, named by its token's hash (what the server keys sessions by);
    // once the server has answered, nothing is left.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/auth/revoke');
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ tokenHashes: [TEST_TOKEN_HASH] });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBeNull();
    await vi.waitFor(async () => expect(await db.settings.count()).toBe(0));
  });

  it('still clears the device with no connection, when the server cannot be told', async () => {
    const db = await deviceWithACase();
    await db.outbox.clear();
    await signOutWithNoConnection();
    expect(await db.records.count()).toBe(0);
    expect(await readSession()).toBeUndefined();
    // Only the token's hash stays, to end the session on the server once there is a connection.
    expect(await db.settings.toArray()).toEqual([{ key: 'sessionsToEnd', value: [TEST_TOKEN_HASH] }]);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('test-token');

    // A server error: still kept.
    const failing = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 503 }));
    await endSignedOutSessions(failing);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await readSessionsToEnd()).toEqual([TEST_TOKEN_HASH]);

    // Back online: reported, then forgotten.
    const online = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }));
    await endSignedOutSessions(online);
    expect(online.mock.calls[0]?.[0]).toBe('/api/auth/revoke');
    expect(JSON.parse(String(online.mock.calls[0]?.[1]?.body))).toEqual({ tokenHashes: [TEST_TOKEN_HASH] });
    expect(await readSessionsToEnd()).toEqual([]);
    expect(await db.settings.count()).toBe(0);
  });

  it('keeps sessions still to be ended when the next practitioner signs out offline too', async () => {
    const db = await deviceWithACase();
    await db.outbox.clear();
    await db.settings.put({ key: 'sessionsToEnd', value: ['a'.repeat(64)] });
    await signOutWithNoConnection();
    expect(await readSessionsToEnd()).toEqual(['a'.repeat(64), TEST_TOKEN_HASH]);
  });
});
