import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPasswordVerifier, readSession } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { HandoverExitForm, EXIT_BUTTON, EXIT_PASSWORD_LABEL } from './HandoverExitForm';
import { HandoverGate } from './HandoverGate';
import { HANDOVER_STORAGE_KEY, MAX_ATTEMPTS_BEFORE_WAIT, useHandoverStore } from './handoverStore';
import {
  HandToFamily,
  HAND_TO_FAMILY_EMAIL_LABEL,
  HAND_TO_FAMILY_PASSWORD_LABEL,
  HAND_TO_FAMILY_WRONG_PASSWORD,
} from './HandToFamily';
import { createPasswordVerifier, passwordMatches } from '../../domain/passwordVerifier';

const FAST = 1000;
const HOME = '/cases/case-1/consent/family';
const PRACTITIONER = '0190a000-0000-7000-8000-000000000001';
const PASSWORD = 'practitioner-pass';

function appRouter(initial: string) {
  return createMemoryRouter(
    [
      {
        element: <HandoverGate />,
        children: [
          {
            path: '/cases/case-1/consent',
            element: (
              <>
                <h1>Consent page</h1>
                <HandToFamily caseId="case-1" homePath={HOME} returnPath="/cases/case-1/consent" />
              </>
            ),
          },
          {
            path: `${HOME}/*`,
            element: (
              <>
                <h1>Family screen</h1>
                <Link to="/cases/case-2">Another case</Link>
                <HandoverExitForm />
              </>
            ),
          },
          { path: '/cases/:caseId', element: <h1>Some case</h1> },
          { path: '/', element: <h1>My cases</h1> },
        ],
      },
    ],
    { initialEntries: ['/', initial] },
  );
}

/** Forget the in-memory lock as a page reload would, then read it back from storage. */
async function simulateReload() {
  const stored = localStorage.getItem(HANDOVER_STORAGE_KEY);
  useHandoverStore.setState({ lock: null });
  if (stored) localStorage.setItem(HANDOVER_STORAGE_KEY, stored);
  await useHandoverStore.persist.rehydrate();
}

/** The messages of the error summary, in order. */
async function summaryMessages() {
  return within(await screen.findByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

function startAt(practitionerId: string, password: string) {
  return useHandoverStore.getState().startHandover({
    caseId: 'case-1',
    homePath: HOME,
    returnPath: '/',
    practitionerId,
    password,
  });
}

beforeEach(() => {
  localStorage.clear();
  useHandoverStore.setState({ lock: null });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('practitioner password verifier', () => {
  it('accepts the same password and refuses any other, with a fresh salt each time', async () => {
    const verifier = await createPasswordVerifier('correct horse', FAST);
    expect(verifier.hash).not.toContain('correct');
    expect(await passwordMatches(verifier, 'correct horse')).toBe(true);
    expect(await passwordMatches(verifier, 'correct horse ')).toBe(false);
    expect(await passwordMatches(verifier, '')).toBe(false);
    const again = await createPasswordVerifier('correct horse', FAST);
    expect(again.salt).not.toBe(verifier.salt);
    expect(again.hash).not.toBe(verifier.hash);
  });
});

describe('hand-over lock', () => {
  it('locks only with the password the practitioner signed in with, and refuses any other', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    expect(await startAt(PRACTITIONER, 'made-up-password')).toEqual({ ok: false, reason: 'wrongPassword' });
    expect(await startAt(PRACTITIONER, '')).toEqual({ ok: false, reason: 'wrongPassword' });
    expect(useHandoverStore.getState().lock).toBeNull();
    // Another practitioner's id finds no verifier: this device's sign-in is not theirs.
    expect(await startAt('0190a000-0000-7000-8000-000000000002', PASSWORD)).toEqual({
      ok: false,
      reason: 'noVerifier',
    });
    expect(await startAt(PRACTITIONER, PASSWORD)).toEqual({ ok: true });
    expect(useHandoverStore.getState().lock?.verifier).toEqual(await readPasswordVerifier(PRACTITIONER));
  });

  it('cannot lock on a device signed in before verifiers were kept, whatever is typed', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    expect(await startAt(PRACTITIONER, PASSWORD)).toEqual({ ok: false, reason: 'noVerifier' });
    expect(useHandoverStore.getState().lock).toBeNull();
  });

  it('is kept in localStorage without the password, so a reload stays locked', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    await useHandoverStore.getState().startHandover({
      caseId: 'case-1',
      homePath: HOME,
      returnPath: '/cases/case-1/consent',
      practitionerId: PRACTITIONER,
      password: PASSWORD,
    });
    const stored = localStorage.getItem(HANDOVER_STORAGE_KEY) ?? '';
    expect(JSON.parse(stored).state.lock).toMatchObject({ caseId: 'case-1', homePath: HOME });
    expect(stored).not.toContain(PASSWORD);

    await simulateReload();
    expect(useHandoverStore.getState().lock?.homePath).toBe(HOME);
  });

  it('makes the practitioner wait after repeated wrong passwords', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const state = useHandoverStore.getState();
    expect(await startAt(PRACTITIONER, PASSWORD)).toEqual({ ok: true });
    const now = new Date('2026-03-01T10:00:00Z');
    for (let attempt = 0; attempt < MAX_ATTEMPTS_BEFORE_WAIT; attempt++)
      expect(await state.endHandover('guess', now)).toEqual({ ok: false, reason: 'wrongPassword' });
    expect(await state.endHandover(PASSWORD, now)).toEqual({ ok: false, reason: 'wait' });
    expect(useHandoverStore.getState().lock).not.toBeNull();
    expect(await state.endHandover(PASSWORD, new Date('2026-03-01T10:00:31Z'))).toEqual({
      ok: true,
      returnPath: '/',
    });
    expect(useHandoverStore.getState().lock).toBeNull();
  });
});

describe('hand-over gate', () => {
  it('keeps the family on the hand-over screen through links, URL changes, back and reload; only the password leaves', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const user = userEvent.setup();
    const router = appRouter('/cases/case-1/consent');
    const { unmount } = render(<RouterProvider router={router} />);

    await user.click(await screen.findByRole('button', { name: 'Hand to family' }));
    expect(await summaryMessages()).toEqual(['Enter your password']);
    expect(useHandoverStore.getState().lock).toBeNull();

    // Any password used to lock the device; now only the practitioner's own does.
    await user.type(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), 'some-other-password');
    await user.click(screen.getByRole('button', { name: 'Hand to family' }));
    expect(await summaryMessages()).toEqual([HAND_TO_FAMILY_WRONG_PASSWORD]);
    expect(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL)).toHaveAccessibleDescription(
      expect.stringContaining(HAND_TO_FAMILY_WRONG_PASSWORD),
    );
    expect(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL)).toHaveValue('');
    expect(useHandoverStore.getState().lock).toBeNull();
    expect(router.state.location.pathname).toBe('/cases/case-1/consent');

    await user.type(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Hand to family' }));
    expect(await screen.findByRole('heading', { name: 'Family screen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(HOME);
    expect(document.documentElement).toHaveClass('app-handover');

    await user.click(screen.getByRole('link', { name: 'Another case' }));
    expect(await screen.findByRole('heading', { name: 'Family screen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(HOME);

    await router.navigate('/cases/case-2');
    await waitFor(() => expect(router.state.location.pathname).toBe(HOME));
    expect(screen.queryByRole('heading', { name: 'Some case' })).not.toBeInTheDocument();
    // Back past the hand-over, to the consent page and the caseload it came from.
    for (let step = 0; step < 3; step++) {
      await router.navigate(-1);
      // The redirect renders nothing for a moment, so wait for the hand-over screen to come back.
      expect(await screen.findByRole('heading', { name: 'Family screen' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(HOME);
    }
    await router.navigate(`${HOME}/done`);
    expect(router.state.location.pathname).toBe(`${HOME}/done`);

    // A reload: a new router and a store read back from storage.
    unmount();
    await simulateReload();
    const reloaded = appRouter('/');
    render(<RouterProvider router={reloaded} />);
    expect(await screen.findByRole('heading', { name: 'Family screen' })).toBeInTheDocument();
    await waitFor(() => expect(reloaded.state.location.pathname).toBe(HOME));

    await user.type(screen.getByLabelText(EXIT_PASSWORD_LABEL), 'wrong-password');
    await user.click(screen.getByRole('button', { name: EXIT_BUTTON }));
    expect(await summaryMessages()).toEqual(['The password is not right. Try again.']);
    expect(useHandoverStore.getState().lock).not.toBeNull();

    await user.type(screen.getByLabelText(EXIT_PASSWORD_LABEL), PASSWORD);
    await user.click(screen.getByRole('button', { name: EXIT_BUTTON }));
    expect(await screen.findByRole('heading', { name: 'Consent page' })).toBeInTheDocument();
    expect(useHandoverStore.getState().lock).toBeNull();
    expect(document.documentElement).not.toHaveClass('app-handover');
    await reloaded.navigate('/cases/case-2');
    expect(await screen.findByRole('heading', { name: 'Some case' })).toBeInTheDocument();
  });
});

describe('a device signed in before password verifiers were kept', () => {
  function stubLogin(practitionerId: string | 'offline' | 'wrong') {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => {
      if (practitionerId === 'offline') throw new TypeError('Failed to fetch');
      if (practitionerId === 'wrong') return new Response('{}', { status: 401 });
      return Response.json({
        token: 'new-token-from-server',
        expiresAt: '2099-01-01T00:00:00.000Z',
        practitioner: { id: practitionerId, name: 'Test Practitioner', role: 'healthVisitor', agencyId: 'agency' },
        protocolVersion: 1,
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  async function tryHandOver(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
    await user.clear(screen.getByLabelText(HAND_TO_FAMILY_EMAIL_LABEL));
    if (email) await user.type(screen.getByLabelText(HAND_TO_FAMILY_EMAIL_LABEL), email);
    if (password) await user.type(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), password);
    await user.click(screen.getByRole('button', { name: 'Hand to family' }));
  }

  it('checks the password with the server once, keeps a verifier, then locks; offline it explains why not', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const user = userEvent.setup();
    render(<RouterProvider router={appRouter('/cases/case-1/consent')} />);
    expect(await screen.findByLabelText(HAND_TO_FAMILY_EMAIL_LABEL)).toBeInTheDocument();

    await tryHandOver(user, '', '');
    expect(await summaryMessages()).toEqual(['Enter your email address', 'Enter your password']);

    stubLogin('offline');
    await tryHandOver(user, 'hv@example.org', PASSWORD);
    expect(await summaryMessages()).toEqual([
      'This device needs an internet connection once to check your password. Connect, then try again.',
    ]);

    stubLogin('wrong');
    await tryHandOver(user, 'hv@example.org', 'not-my-password');
    expect(await summaryMessages()).toEqual(['The email address or password is not right. Check them and try again.']);

    stubLogin('0190a000-0000-7000-8000-000000000002');
    await tryHandOver(user, 'someone.else@example.org', 'their-password');
    expect(await summaryMessages()).toEqual([
      'That is not the account signed in on this device. Use your own email address and password.',
    ]);
    expect(await readPasswordVerifier(PRACTITIONER)).toBeUndefined();
    expect(useHandoverStore.getState().lock).toBeNull();

    const fetchMock = stubLogin(PRACTITIONER);
    await tryHandOver(user, 'hv@example.org', PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Family screen' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/auth/login');
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      email: 'hv@example.org',
      password: PASSWORD,
    });
    expect(useHandoverStore.getState().lock?.practitionerId).toBe(PRACTITIONER);
    expect((await readSession())?.token).toBe('new-token-from-server');
    // From now on the device checks the password itself, with no connection.
    expect(await readPasswordVerifier(PRACTITIONER)).toBeDefined();
    stubLogin('offline');
    expect(await useHandoverStore.getState().endHandover(PASSWORD)).toMatchObject({ ok: true });
  }, 30_000);
});
