import { CafDatabase } from './database';

let current: CafDatabase | null = null;

/** The device's database. Tests swap it for a fresh one with `useDatabase`. */
export function database(): CafDatabase {
  if (!current) current = new CafDatabase();
  return current;
}

export function useDatabase(db: CafDatabase): void {
  current = db;
}
