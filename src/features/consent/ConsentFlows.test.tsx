import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { consentHash } from '../../domain/consentHash';
import { composeConsentDocument, ENGLISH_CONSENT_MESSAGES as M } from '../../domain/consentText';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import { newId } from '../../domain/ids';
import { EXIT_BUTTON, EXIT_PASSWORD_LABEL } from '../handover/HandoverExitForm';
import { HandoverGate } from '../handover/HandoverGate';
import { useHandoverStore } from '../handover/handoverStore';
import { HAND_TO_FAMILY_PASSWORD_LABEL } from '../handover/HandToFamily';
import { ConsentPage, WITHDRAWAL_BANNER_TITLE } from './ConsentPage';
import { signedConsentWrite } from './consentWrites';
import { FamilyConsentPage, FamilyWithdrawPage } from './FamilyConsentPage';
import { RecordWithdrawalPage } from './RecordWithdrawalPage';
import { ShareWithoutConsentPage } from './ShareWithoutConsentPage';
import { VerbalConsentPage } from './VerbalConsentPage';

const PRACTITIONER = '0190a000-0000-7000-8000-000000000001';
const LEAD = '0190a000-0000-7000-8000-000000000009';
const PASSWORD = 'practitioner-pass';
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAAAAABawyK/AAAADElEQVR4nGNg+A+BAA/5A/3YOXFBAAAAAElFTkSuQmCC';

async function seedCase() {
  const caseId = newId();
  const childId = newId();
  const agencies = { health: newId(), school: newId(), police: newId() };
  await applyWrites([
    {
      op: 'create',
      kind: 'agency',
      caseId: DIRECTORY_CASE_ID,
      id: agencies.police,
      data: { name: 'Police (test)', type: 'police' },
    },
    {
      op: 'create',
      kind: 'agency',
      caseId: DIRECTORY_CASE_ID,
      id: agencies.health,
      data: { name: 'Health (test)', type: 'health' },
    },
    {
      op: 'create',
      kind: 'agency',
      caseId: DIRECTORY_CASE_ID,
      id: agencies.school,
      data: { name: 'School (test)', type: 'school' },
    },
    {
      op: 'create',
      kind: 'practitioner',
      caseId: DIRECTORY_CASE_ID,
      id: LEAD,
      data: { name: 'Lee Testlead', role: 'familySupportWorker', agencyId: agencies.school },
    },
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'assessment',
        childIds: [childId],
        enquiryDate: '2026-10-01',
        assessorId: PRACTITIONER,
        leadProfessionalId: LEAD,
        tacMemberIds: [],
      },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    },
    {
      op: 'create',
      kind: 'need',
      caseId,
      data: { childId, description: 'Help with sleep at night', category: 'generalHealth', timescale: 'short' },
    },
  ]);
  return { caseId, childId, agencies };
}

async function seedWrittenConsent(caseId: string, agencies: Record<string, string>) {
  const shown = [
    { agencyId: agencies.health as string, name: 'Health (test)', basic: 'include', additional: 'include' },
    { agencyId: agencies.police as string, name: 'Police (test)', basic: 'include', additional: 'exclude' },
  ] as const;
  const { write } = await signedConsentWrite(
    { typedName: 'Pat Testparent', initials: '', declaration: true, drawing: null },
    {
      stage: 'writtenShare',
      caseId,
      childIds: [],
      capacity: 'parentWithPR',
      sections: composeConsentDocument({
        stage: 'writtenShare',
        capacity: 'parentWithPR',
        childNames: [],
        needs: [],
        agencies: [...shown],
      }),
      agencies: [...shown],
      before: {},
      practitionerId: PRACTITIONER,
      deviceId: 'd1',
      locale: 'en-GB',
      now: new Date(Date.now() - 86_400_000),
    },
  );
  await applyWrites([write]);
}

function renderApp(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <HandoverGate />,
        children: [
          { path: '/cases/:caseId/consent', element: <ConsentPage /> },
          { path: '/cases/:caseId/consent/verbal', element: <VerbalConsentPage /> },
          { path: '/cases/:caseId/consent/withdraw', element: <RecordWithdrawalPage /> },
          { path: '/cases/:caseId/consent/without-consent', element: <ShareWithoutConsentPage /> },
          { path: '/cases/:caseId/consent/family', element: <FamilyConsentPage /> },
          { path: '/cases/:caseId/consent/family/withdraw', element: <FamilyWithdrawPage /> },
          { path: '/cases/:caseId', element: <h1>Case page</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function handOver(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(HAND_TO_FAMILY_PASSWORD_LABEL), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Hand to family' }));
}

async function takeBack(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(EXIT_PASSWORD_LABEL), PASSWORD);
  await user.click(screen.getByRole('button', { name: EXIT_BUTTON }));
  await screen.findByRole('heading', { level: 1, name: 'Consent' });
}

async function errorLinks() {
  return within(await screen.findByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

function draw(canvas: HTMLElement, points: [number, number][]) {
  const [first, ...rest] = points as [[number, number], ...[number, number][]];
  fireEvent.pointerDown(canvas, {
    clientX: first[0],
    clientY: first[1],
    pointerId: 1,
    button: 0,
    pointerType: 'pen',
    pressure: 0.6,
  });
  for (const [x, y] of rest)
    fireEvent.pointerMove(canvas, { clientX: x, clientY: y, pointerId: 1, pointerType: 'pen', pressure: 0.6 });
  fireEvent.pointerUp(canvas, { pointerId: 1, pointerType: 'pen' });
}

beforeEach(() => {
  localStorage.clear();
  useHandoverStore.setState({ lock: null });
  // jsdom has no canvas; the pad only needs somewhere to draw and an image to export.
  const context = { beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn(), clearRect: vi.fn() };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(PNG);
  URL.createObjectURL = vi.fn(() => 'blob:consent-copy');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.restoreAllMocks();
});

// Whole flows typed key by key: slower than the 5 s default on a busy CI machine.
describe('written consent in hand-over mode', { timeout: 30_000 }, () => {
  it('the family reads, chooses per agency, signs by typed name and declaration, gets a PDF, and cannot leave', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const { caseId, agencies } = await seedCase();
    const user = userEvent.setup();
    const router = renderApp(`/cases/${caseId}/consent`);
    await handOver(user);

    expect(await screen.findByRole('heading', { level: 1, name: M.title })).toBeInTheDocument();
    expect(screen.getByText('This is about Ada Testcase.')).toBeInTheDocument();
    expect(screen.getByText('Help with sleep at night')).toBeInTheDocument();
    expect(screen.getByText(M.withdrawText)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: M.continueButton }));
    expect(await errorLinks()).toEqual([M.errorCapacity, M.errorNoAgency]);

    await user.click(screen.getByRole('radio', { name: M.capacityChild }));
    await user.click(screen.getByRole('checkbox', { name: 'Basic information for Health (test)' }));
    await user.click(screen.getByRole('checkbox', { name: 'More information for Health (test)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Basic information for Police (test)' }));
    await user.click(screen.getByRole('button', { name: M.continueButton }));

    expect(await screen.findByRole('heading', { level: 1, name: M.checkHeading })).toHaveFocus();
    expect(screen.getByText('Health (test): basic information - yes. More information - yes.')).toBeInTheDocument();
    expect(screen.getByText('Police (test): basic information - yes. More information - no.')).toBeInTheDocument();
    expect(screen.getByText('School (test): basic information - no. More information - no.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: M.signButton }));
    expect(await errorLinks()).toEqual([M.errorName, M.errorDeclaration]);
    expect(await listCaseRecords(caseId, 'consentEvent')).toHaveLength(0);

    await user.type(screen.getByLabelText(M.nameLabel), 'Pat Testparent');
    await user.click(screen.getByRole('checkbox', { name: M.declaration('parentWithPR') }));
    await user.click(screen.getByRole('button', { name: M.signButton }));
    expect(await screen.findByRole('heading', { level: 1, name: M.doneHeading })).toBeInTheDocument();

    const [record] = await listCaseRecords(caseId, 'consentEvent');
    const event = record?.data as Record<string, unknown> & { shownText: string; agencies: never[] };
    expect(event).toMatchObject({
      stage: 'writtenShare',
      signerName: 'Pat Testparent',
      capacity: 'parentWithPR',
      practitionerId: PRACTITIONER,
      byFamilyOnDevice: true,
      signature: { typedName: 'Pat Testparent', declarationAccepted: true },
    });
    expect(event.agencies).toEqual([
      { agencyId: agencies.health, basic: 'include', additional: 'include' },
      { agencyId: agencies.school, basic: 'exclude', additional: 'exclude' },
      { agencyId: agencies.police, basic: 'include', additional: 'exclude' },
    ]);
    expect(event.shownText).toContain('Police (test): basic information - yes. More information - no.');
    expect(event.shownText).toContain(M.declaration('parentWithPR'));
    expect(event.shownTextHash).toBe(await consentHash({ text: event.shownText, agencies: event.agencies }));

    await user.click(screen.getByRole('button', { name: M.downloadCopy }));
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));

    await router.navigate(`/cases/${caseId}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${caseId}/consent/family`));
    expect(screen.queryByRole('heading', { name: 'Case page' })).not.toBeInTheDocument();

    await takeBack(user);
    const table = screen.getByRole('table', { name: 'Who may see what now' });
    expect(
      within(within(table).getByRole('row', { name: /Health \(test\)/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Yes', 'Yes', 'Consent']);
    expect(
      within(within(table).getByRole('row', { name: /Police \(test\)/ })).getAllByRole('cell')[1],
    ).toHaveTextContent('No');
    expect(screen.getByRole('button', { name: /Download PDF/ })).toBeInTheDocument();
  });

  it('a later change is initialled, records only the changed agencies, and a blank drawing is refused', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const { caseId, agencies } = await seedCase();
    await seedWrittenConsent(caseId, agencies);
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/consent`);
    await handOver(user);

    expect(await screen.findByRole('heading', { level: 1, name: M.changeHeading })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Basic information for Police (test)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: M.capacitySelf }));
    await user.click(screen.getByRole('button', { name: M.continueButton }));
    // Boxes ticked before are still ticked: the family is asked to change one, not to tick one.
    expect(await errorLinks()).toEqual([M.errorNoChange]);

    await user.click(screen.getByRole('checkbox', { name: 'Basic information for Police (test)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Basic information for School (test)' }));
    await user.click(screen.getByRole('button', { name: M.continueButton }));
    await screen.findByRole('heading', { level: 1, name: M.checkHeading });

    await user.type(screen.getByLabelText(M.nameLabel), 'Pat Testparent');
    await user.click(screen.getByRole('checkbox', { name: M.declaration('self') }));
    const canvas = screen.getByRole('img', { name: M.drawCanvasLabel });
    draw(canvas, [
      [100, 50],
      [103, 52],
    ]);
    await user.click(screen.getByRole('button', { name: M.signButton }));
    expect(await errorLinks()).toEqual([M.errorInitials, M.errorBlankDrawing]);
    expect(await listCaseRecords(caseId, 'consentEvent')).toHaveLength(1);

    await user.type(screen.getByLabelText(M.initialsLabel), 'PT');
    await user.click(screen.getByRole('button', { name: M.clearDrawing }));
    draw(
      canvas,
      Array.from({ length: 30 }, (_, i) => [60 + i * 12, i % 2 ? 60 : 120] as [number, number]),
    );
    await user.click(screen.getByRole('button', { name: M.signButton }));
    expect(await screen.findByRole('heading', { level: 1, name: M.doneHeading })).toBeInTheDocument();

    const change = (await listCaseRecords(caseId, 'consentEvent')).find((r) => r.data.stage === 'agencyChange');
    expect(change?.data).toMatchObject({
      signerInitials: 'PT',
      capacity: 'self',
      agencies: [
        { agencyId: agencies.school, basic: 'include', additional: 'exclude' },
        { agencyId: agencies.police, basic: 'exclude', additional: 'exclude' },
      ],
      signature: { pngDataUrl: PNG },
    });
    const strokes = (change?.data.signature as { strokes: { x: number }[][] }).strokes;
    expect(strokes).toHaveLength(1);
    expect(strokes[0]).toHaveLength(30);
    expect(strokes[0]?.[1]).toMatchObject({ x: 72, y: 60 });
  });

  it('the family can withdraw on the device; the case is flagged for the lead professional', async () => {
    await freshSignedInDatabase(PRACTITIONER, { password: PASSWORD });
    const { caseId, agencies } = await seedCase();
    await seedWrittenConsent(caseId, agencies);
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/consent`);
    await handOver(user);

    await user.click(await screen.findByRole('link', { name: M.withdrawLink }));
    expect(await screen.findByRole('heading', { level: 1, name: M.withdrawPageHeading })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: M.withdrawButton }));
    expect(await errorLinks()).toEqual([M.withdrawErrorWho, M.errorName]);

    await user.click(screen.getByRole('radio', { name: M.withdrawEveryone }));
    await user.type(screen.getByLabelText(M.nameLabel), 'Pat Testparent');
    await user.click(screen.getByRole('button', { name: M.withdrawButton }));
    expect(await screen.findByRole('heading', { level: 1, name: M.withdrawDoneHeading })).toBeInTheDocument();

    await takeBack(user);
    const banner = screen.getByRole('region', { name: WITHDRAWAL_BANNER_TITLE });
    expect(banner).toHaveTextContent('withdrawn for every agency');
    expect(banner).toHaveTextContent('The family withdrew it on this device.');
    expect(banner).toHaveTextContent('Lee Testlead, School (test) must review this case');
    const [audit] = await listCaseRecords(caseId, 'auditEvent');
    expect(audit?.data).toMatchObject({ action: 'consentWithdrawn' });
    const table = screen.getByRole('table', { name: 'Who may see what now' });
    expect(within(table).getAllByText('No consent')).toHaveLength(2);
  });
});

describe('practitioner consent records', { timeout: 30_000 }, () => {
  it('records verbal consent to make enquiries with its date', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const { caseId } = await seedCase();
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/consent`);
    await user.click(await screen.findByRole('link', { name: 'Record verbal consent to make enquiries' }));
    await user.click(await screen.findByRole('button', { name: 'Save verbal consent' }));
    expect(await errorLinks()).toEqual(['Enter the name of the person who gave consent']);

    await user.type(screen.getByLabelText('Name of the person who gave consent'), 'Pat Testparent');
    const day = screen.getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '3');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '2');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Save verbal consent' }));
    expect(await screen.findByText('Given on 3 February 2026')).toBeInTheDocument();
    const [event] = await listCaseRecords(caseId, 'consentEvent');
    expect(event?.data).toMatchObject({
      stage: 'verbalEnquiries',
      signerName: 'Pat Testparent',
      signedAt: '2026-02-03T12:00:00.000Z',
    });
  });

  it('records a withdrawal for some agencies only', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const { caseId, agencies } = await seedCase();
    await seedWrittenConsent(caseId, agencies);
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/consent/withdraw`);
    await user.type(await screen.findByLabelText('Name of the person withdrawing consent'), 'Pat Testparent');
    await user.click(screen.getByRole('radio', { name: 'Only some agencies' }));
    await user.click(screen.getByRole('button', { name: 'Record withdrawal' }));
    expect(await errorLinks()).toEqual(['Select at least one agency']);
    await user.click(screen.getByRole('checkbox', { name: 'Police (test)' }));
    await user.click(screen.getByRole('button', { name: 'Record withdrawal' }));

    const banner = await screen.findByRole('region', { name: WITHDRAWAL_BANNER_TITLE });
    expect(banner).toHaveTextContent('for: Police (test)');
    const table = screen.getByRole('table', { name: 'Who may see what now' });
    expect(
      within(within(table).getByRole('row', { name: /Health \(test\)/ })).getAllByRole('cell')[0],
    ).toHaveTextContent('Yes');
    expect(
      within(within(table).getByRole('row', { name: /Police \(test\)/ })).getAllByRole('cell')[0],
    ).toHaveTextContent('No');
  });

  it('shares without consent only with a lawful reason, justification and recipients, and marks it', async () => {
    await freshSignedInDatabase(PRACTITIONER);
    const { caseId, agencies } = await seedCase();
    const user = userEvent.setup();
    renderApp(`/cases/${caseId}/consent/without-consent`);
    await user.click(await screen.findByRole('button', { name: 'Record sharing without consent' }));
    expect(await errorLinks()).toEqual([
      'Select the lawful reason for sharing without consent',
      'Enter why information must be shared without consent',
      'Select who the information will be shared with',
    ]);
    expect(await listCaseRecords(caseId, 'consentEvent')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: /at risk of significant harm/ }));
    await user.type(
      screen.getByLabelText('Why the information must be shared without consent'),
      'Disclosure at school',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Police (test)' }));
    await user.click(screen.getByRole('button', { name: 'Record sharing without consent' }));

    expect(await screen.findByText(/Information has been shared without consent/)).toBeInTheDocument();
    const [event] = await listCaseRecords(caseId, 'consentEvent');
    expect(event?.data).toMatchObject({
      stage: 'shareWithoutConsent',
      lawfulReason: 'riskOfSignificantHarm',
      decidedBy: PRACTITIONER,
      recipientAgencyIds: [agencies.police],
    });
    const [audit] = await listCaseRecords(caseId, 'auditEvent');
    expect(audit?.data).toMatchObject({ action: 'sharedWithoutConsent', subjectId: event?.id });
    const table = screen.getByRole('table', { name: 'Who may see what now' });
    expect(within(table).getByRole('row', { name: /Police \(test\)/ })).toHaveTextContent('Without consent');
  });
});
