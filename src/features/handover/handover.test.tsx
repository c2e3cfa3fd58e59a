import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { HandoverExitForm, EXIT_BUTTON, EXIT_PASSWORD_LABEL } from './HandoverExitForm';
import { HandoverGate } from './HandoverGate';
import { HANDOVER_STORAGE_KEY, MAX_ATTEMPTS_BEFORE_WAIT, useHandoverStore } from './handoverStore';
import { HandToFamily, HAND_TO_FAMILY_PASSWORD_LABEL } from './HandToFamily';
import { createPasswordVerifier, passwordMatches } from '../../domain/passwordVerifier';

const FAST = 1000;
const HOME = '/cases/case-1/consent/family';

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
                <HandToFamily caseId="case-1" homePath={HOME} returnPath="/cases/case-1/consent" iterations={FAST} />
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

beforeEach(() => {
  localStorage.clear();
  useHandoverStore.setState({ lock: null });
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
  it('is kept in localStorage without the password, so a reload stays locked', async () => {
    await useHandoverStore.getState().startHandover({
      caseId: 'case-1',
      homePath: HOME,
      returnPath: '/cases/case-1/consent',
      practitionerId: 'p1',
      password: 'practitioner-pass',
      iterations: FAST,
    });
    const stored = localStorage.getItem(HANDOVER_STORAGE_KEY) ?? '';
    expect(JSON.parse(stored).state.lock).toMatchObject({ caseId: 'case-1', homePath: HOME });
    expect(stored).not.toContain('practitioner-pass');

    await simulateReload();
    expect(useHandoverStore.getState().lock?.homePath).toBe(HOME);
  });

  it('makes the practitioner wait after repeated wrong passwords', async () => {
    const state = useHandoverStore.getState();
    await state.startHandover({
      caseId: 'case-1',
      homePath: HOME,
      returnPath: '/',
      practitionerId: 'p1',
      password: 'practitioner-pass',
      iterations: FAST,
    });
    const now = new Date('2026-03-01T10:00:00Z');
    for (let attempt = 0; attempt < MAX_ATTEMPTS_BEFORE_WAIT; attempt++)
      expect(await state.endHandover('guess', now)).toEqual({ ok: false, reason: 'wrongPassword' });
    expect(await state.endHandover('practitioner-pass', now)).toEqual({ ok: false, reason: 'wait' });
    expect(useHandoverStore.getState().lock).not.toBeNull();
    expect(await state.endHandover('practitioner-pass', new Date('2026-03-01T10:00:31Z'))).toEqual({
      ok: true,
      returnPath: '/',
    });
    expect(useHandoverStore.getState().lock).toBeNull();
  });
});

describe('hand-over gate', () => {
  it('keeps the family on the hand-over screen through links, URL changes, back and reload; only the password leaves', async () => {
    await freshSignedInDatabase();
    const user = userEvent.setup();
    const router = appRouter('/cases/case-1/consent');
    const { unmount } = render(<RouterProvider router={router} />);

    await user.click(await screen.findByRole('button', { name: 'Hand to family' }));
    expect(await screen.findByText('Enter your password')).toBeInTheDocument();
    expect(useHandoverStore.getState().lock).toBeNull();

    await user.type(screen.getByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), 'practitioner-pass');
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
    expect(await screen.findByText(/The password is not right/)).toBeInTheDocument();
    expect(useHandoverStore.getState().lock).not.toBeNull();

    await user.type(screen.getByLabelText(EXIT_PASSWORD_LABEL), 'practitioner-pass');
    await user.click(screen.getByRole('button', { name: EXIT_BUTTON }));
    expect(await screen.findByRole('heading', { name: 'Consent page' })).toBeInTheDocument();
    expect(useHandoverStore.getState().lock).toBeNull();
    expect(document.documentElement).not.toHaveClass('app-handover');
    await reloaded.navigate('/cases/case-2');
    expect(await screen.findByRole('heading', { name: 'Some case' })).toBeInTheDocument();
  });
});
