import { useEffect } from 'react';
import { requestPersistentStorage } from '../db';
import { useUiStore } from './uiStore';

const TEXT = {
  checking: 'Storage: checking…',
  persistent: 'Storage: kept on this device (persistent)',
  'best-effort': 'Storage: may be cleared by the browser if the device runs low on space. Sync often.',
  unsupported: 'Storage: may be cleared by the browser. Sync often.',
} as const;

export function StorageNotice() {
  const storage = useUiStore((state) => state.storage);
  const setStorage = useUiStore((state) => state.setStorage);
  useEffect(() => {
    void requestPersistentStorage().then(setStorage, () => setStorage('unsupported'));
  }, [setStorage]);
  return <span>{TEXT[storage]}</span>;
}
