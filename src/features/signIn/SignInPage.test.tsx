import { createHash } from 'node:crypto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyWrites, clearSession, readDeviceId, readPasswordVerifier, readSession, saveSession } from '../../db';
import { database } from '../../db/connection';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { passwordMatches } from '../../domain/passwordVerifier';
import { signOut } from '../../sync/authClient';
import { SignInPage } from './SignInPage';

const PRACTITIONER = '0190a000-0000-7000-8000-0000000000a1';
const PASSWORD = 'a-real-sign-in-password';

function stubServer(practitionerId: string) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    Response.json({
      token: `token-${practitionerId}`,
      expiresAt: '2099-01-01T00:00:00.000Z',
      practitioner: { id: practitionerId, name: 'Sign-in Tester', role: 'healthVisitor', agencyId: 'agency' },
      protocolVersion: 1,
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function signInThroughPage(email: string, password: string) {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/', element: <h1>My cases</h1> },
    ],
    { initialEntries: ['/sign-in'] },
  );
  const { unmount } = render(<RouterProvider router={router} />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'My cases' }, { timeout: 10_000 });
  unmount();
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('signing in', { timeout: 30_000 }, () => {
  it('keeps a salted verifier of the password on the device, never the password, and sends it nowhere else', async () => {
    const db = await freshSignedInDatabase('someone-before');
    await clearSession();
    const fetchMock = stubServer(PRACTITIONER);

    await signInThroughPage('hv@example.org', PASSWORD);

    expect((await readSession())?.practitioner.id).toBe(PRACTITIONER);
    const verifier = await readPasswordVerifier(PRACTITIONER);
    expect(verifier).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(await passwordMatches(verifier!, PASSWORD)).toBe(true);
    expect(await passwordMatches(verifier!, 'a-guess')).toBe(false);
    // Nothing on the device holds the password itself.
    const everything = JSON.stringify([await db.settings.toArray(), await db.records.toArray()]);
    expect(everything).not.toContain(PASSWORD);
    // The one request is the sign-in itself; the verifier is never sent.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/auth/login');
    expect(String(fetchMock.mock.calls[0]?.[1]?.body)).not.toContain(verifier!.hash);
  });

  it('keeps the server’s trusted-device token for the email, sends it at the next sign-in with that email only, and keeps it across signing out', async () => {
    const db = await freshSignedInDatabase('someone-before');
    await clearSession();
    const issued = ['T'.repeat(43), 'U'.repeat(43), 'V'.repeat(43)];
    const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
      url === '/api/auth/login'
        ? Response.json({
            token: `token-${PRACTITIONER}`,
            expiresAt: '2099-01-01T00:00:00.000Z',
            trustedDeviceToken: issued.shift(),
            practitioner: { id: PRACTITIONER, name: 'Sign-in Tester', role: 'healthVisitor', agencyId: 'agency' },
            protocolVersion: 1,
          })
        : new Response(null, { status: 204 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const sentTokens = () =>
      fetchMock.mock.calls
        .filter(([url]) => url === '/api/auth/login')
        .map(([, init]) => (JSON.parse(String(init?.body)) as { trustedDeviceToken?: string }).trustedDeviceToken);

    await signInThroughPage('HV@example.org', PASSWORD);
    expect(sentTokens()).toEqual([undefined]);
    // Kept under a hash of the email: the device keeps no list of who signed in on it.
    const kept = await db.settings.get('trustedDevices');
    expect(kept?.value).toEqual({ [createHash('sha256').update('hv@example.org').digest('hex')]: 'T'.repeat(43) });
    expect(JSON.stringify(kept)).not.toContain('example.org');

    await signOut();
    expect(await readSession()).toBeUndefined();
    await signInThroughPage('hv@example.org', PASSWORD);
    expect(sentTokens()).toEqual([undefined, 'T'.repeat(43)]);

    await clearSession();
    await signInThroughPage('someone.else@example.org', PASSWORD);
    expect(sentTokens()).toEqual([undefined, 'T'.repeat(43), undefined]);
  });

  it('keeps the verifier only for the session it was made with', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    expect(await readPasswordVerifier(PRACTITIONER)).toBeDefined();
    expect(await readPasswordVerifier('another-practitioner')).toBeUndefined();

    // A session saved without a verifier (another sign-in path) must not be unlocked by the old one.
    await saveSession({
      token: 't',
      practitioner: { id: 'another-practitioner', name: 'Other', role: 'healthVisitor', agencyId: 'agency' },
      signedInAt: new Date().toISOString(),
    });
    expect(await readPasswordVerifier(PRACTITIONER)).toBeUndefined();
    expect(await readPasswordVerifier('another-practitioner')).toBeUndefined();

    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    await clearSession();
    expect(await database().settings.get('passwordVerifier')).toBeUndefined();
  });

  it('says plainly how long to wait when the server refuses after too many attempts', async () => {
    await freshSignedInDatabase('someone-before');
    await clearSession();
    const message = 'Too many sign-in attempts that did not work. Wait 15 minutes, then try again.';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: { code: 'too_many_attempts', message } }, { status: 429 })),
    );
    const router = createMemoryRouter([{ path: '/sign-in', element: <SignInPage /> }], {
      initialEntries: ['/sign-in'],
    });
    render(<RouterProvider router={router} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email address'), 'hv@example.org');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
    expect(await readSession()).toBeUndefined();
  });

  describe('when someone else signs in on a device that holds another practitioner’s cases', () => {
    const BEFORE = '0190a000-0000-7000-8000-0000000000b1';

    /** The practitioner before left a case on the device; `synced` says whether its change reached the server. */
    async function deviceLeftBy({ synced }: { synced: boolean }) {
      const db = await freshSignedInDatabase(BEFORE);
      const caseId = '0190a000-0000-7000-8000-0000000000c1';
      await applyWrites([
        {
          op: 'create',
          kind: 'household',
          caseId,
          data: { address: '1 Synthetic Row', postcode: 'ZZ1 1ZZ' },
        },
      ]);
      // Acknowledged by the server: what a sync leaves behind.
      if (synced) await db.outbox.clear();
      return { db, deviceId: await readDeviceId() };
    }

    it('starts them on a clean device with a new device id once everything was sent', async () => {
      const { db, deviceId } = await deviceLeftBy({ synced: true });
      const fetchMock = stubServer(PRACTITIONER);

      await signInThroughPage('next@example.org', PASSWORD);

      expect(await db.records.count()).toBe(0);
      expect((await readSession())?.practitioner.id).toBe(PRACTITIONER);
      expect(await readDeviceId()).not.toBe(deviceId);
      // The practitioner before's session ends on the server with their cases, named by its token's hash.
      await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/auth/revoke');
      expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({
        tokenHashes: [createHash('sha256').update('test-token').digest('hex')],
      });
      await vi.waitFor(async () => expect(await db.settings.get('sessionsToEnd')).toBeUndefined());
    });

    it('refuses while their changes are unsent, and keeps everything', async () => {
      const { db, deviceId } = await deviceLeftBy({ synced: false });
      stubServer(PRACTITIONER);
      render(
        <RouterProvider
          router={createMemoryRouter([{ path: '/sign-in', element: <SignInPage /> }], { initialEntries: ['/sign-in'] })}
        />,
      );
      const user = userEvent.setup();
      await user.type(screen.getByLabelText('Email address'), 'next@example.org');
      await user.type(screen.getByLabelText('Password'), PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));

      expect(
        (await screen.findAllByText(/This device has 1 change by Test Practitioner that is not on the server yet/))
          .length,
      ).toBeGreaterThan(0);
      expect(await db.records.count()).toBe(1);
      expect(await db.outbox.count()).toBe(1);
      expect((await readSession())?.practitioner.id).toBe(BEFORE);
      expect(await readDeviceId()).toBe(deviceId);
    });
  });
});
