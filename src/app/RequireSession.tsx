import { Navigate, Outlet } from 'react-router';
import { useSession } from '../db';

export function RequireSession() {
  const session = useSession();
  if (session === undefined) return <p className="govuk-body">Loading…</p>;
  if (session === null) return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}
