import { useEffect } from 'react';
import { Link, NavLink, Outlet, useMatch } from 'react-router';
import { useSession } from '../db';
import { SyncStatusBar } from '../features/sync/SyncStatusBar';
import { keepEndingSignedOutSessions } from '../sync/sessionEnds';
import { startSync } from '../sync/startSync';
import { StorageNotice } from './StorageNotice';
import { ReplacedByNewerVersionBanner } from './ReplacedByNewerVersionBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useUiStore } from './uiStore';

/** A menu item; GOV.UK marks the current one with a bar (NavLink adds aria-current="page" to its link). */
function NavItem({ to, children }: { to: string; children: React.ReactNode }) {
  const current = useMatch({ path: to, end: true }) !== null;
  return (
    <li className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}>
      <NavLink to={to} end className="govuk-service-navigation__link">
        {children}
      </NavLink>
    </li>
  );
}

/** The shell every screen sits in: skip link, service navigation, banners, main, footer. */
export function Layout() {
  const session = useSession();
  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    return startSync();
  }, [token]);
  // Also signed out: a session ended here with no connection is ended on the server once there is one.
  useEffect(() => keepEndingSignedOutSessions(), []);
  const storageError = useUiStore((state) => state.storageError);
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                Early Help CAF
              </Link>
            </span>
            {session && (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  <NavItem to="/">My cases</NavItem>
                  <NavItem to="/dashboard">My caseload</NavItem>
                  <NavItem to="/cases/new">Start a new case</NavItem>
                  <NavItem to="/sign-out">Sign out</NavItem>
                </ul>
              </nav>
            )}
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        {session && <SyncStatusBar />}
        <ReplacedByNewerVersionBanner />
        <UpdatePrompt />
        {storageError && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">Your change was not saved</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{storageError}</p>
            </div>
          </div>
        )}
        <main className="govuk-main-wrapper app-focus-target" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="app-footer-meta govuk-body-s">
            {session && <span>Signed in as {session.practitioner.name}</span>}
            <StorageNotice />
            <span>Version {__BUILD_ID__}</span>
            {session && (
              <Link className="govuk-footer__link" to="/demo">
                Demo data
              </Link>
            )}
          </div>
        </div>
      </footer>
    </>
  );
}
