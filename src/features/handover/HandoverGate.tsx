import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { HANDOVER_STORAGE_KEY, isInsideHandover, useHandoverStore } from './handoverStore';
import './handover.css';

/**
 * The route guard of hand-over mode. Placed above every route: while the device is handed to
 * the family, any other path (back button, typed URL, a link, a reload elsewhere) is replaced by
 * the hand-over screen, so the family never reaches another record, route or case.
 */
export function HandoverGate({ children }: { children?: React.ReactNode }) {
  const lock = useHandoverStore((state) => state.lock);
  const location = useLocation();

  useEffect(() => {
    document.documentElement.classList.toggle('app-handover', lock !== null);
  }, [lock]);

  useEffect(() => {
    // Another tab handing over or taking back the device changes this tab too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === HANDOVER_STORAGE_KEY) void useHandoverStore.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  if (lock && !isInsideHandover(lock, location.pathname)) return <Navigate to={lock.homePath} replace />;
  return children ?? <Outlet />;
}
