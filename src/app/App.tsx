import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { RequireSession } from './RequireSession';
import { SignInPage } from '../features/signIn/SignInPage';
import { MyCasesPage } from '../features/caseload/MyCasesPage';
import { NotFoundPage } from './NotFoundPage';
import { featureRoutes } from './featureModules';
import { HandoverGate } from '../features/handover/HandoverGate';

// Screens beyond the first are split out so the first screen loads as little JavaScript as possible.
const NewCasePage = lazy(() => import('../features/newCase/NewCasePage').then((m) => ({ default: m.NewCasePage })));
const DemoDataPage = lazy(() => import('../features/demo/DemoDataPage').then((m) => ({ default: m.DemoDataPage })));
const SyncPage = lazy(() => import('../features/sync/SyncPage').then((m) => ({ default: m.SyncPage })));
const ConflictsPage = lazy(() =>
  import('../features/conflicts/ConflictsPage').then((m) => ({ default: m.ConflictsPage })),
);
const SignOutPage = lazy(() => import('../features/signOut/SignOutPage').then((m) => ({ default: m.SignOutPage })));
const CasePage = lazy(() => import('../features/case/CasePage').then((m) => ({ default: m.CasePage })));

function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

// The hand-over guard sits above everything: while a family holds the device, every other path
// (back button, typed URL, reload) is sent back to the hand-over screen.
const router = createBrowserRouter([
  {
    element: <HandoverGate />,
    children: [
      {
        element: <Layout />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          {
            element: <RequireSession />,
            children: [
              { path: '/', element: <MyCasesPage /> },
              {
                path: '/cases/new',
                element: (
                  <Suspense fallback={<Loading />}>
                    <NewCasePage />
                  </Suspense>
                ),
              },
              {
                path: '/cases/:caseId/conflicts',
                element: (
                  <Suspense fallback={<Loading />}>
                    <ConflictsPage />
                  </Suspense>
                ),
              },
              {
                path: '/demo',
                element: (
                  <Suspense fallback={<Loading />}>
                    <DemoDataPage />
                  </Suspense>
                ),
              },
              {
                path: '/sign-out',
                element: (
                  <Suspense fallback={<Loading />}>
                    <SignOutPage />
                  </Suspense>
                ),
              },
              {
                path: '/sync',
                element: (
                  <Suspense fallback={<Loading />}>
                    <SyncPage />
                  </Suspense>
                ),
              },
              ...featureRoutes,
              {
                path: '/cases/:caseId',
                element: (
                  <Suspense fallback={<Loading />}>
                    <CasePage />
                  </Suspense>
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
