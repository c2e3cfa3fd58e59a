import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyWrites, readSession } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { SignOutPage } from './SignOutPage';

const CASE_ID = '0190a000-0000-7000-8000-0000000000c2';

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
    expect(await db.settings.count()).toBe(0);
    expect(await readSession()).toBeUndefined();
    // The session ends on the server too.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/auth/logout');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('authorization')).toBe('Bearer test-token');
  });

  it('still clears the device with no connection, when the server cannot be told', async () => {
    const db = await deviceWithACase();
    await db.outbox.clear();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderPage();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out Test Practitioner' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(await db.records.count()).toBe(0);
    expect(await readSession()).toBeUndefined();
  });
});
