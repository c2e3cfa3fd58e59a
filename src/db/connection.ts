import { CafDatabase } from './database';

let current: CafDatabase | null = null;

/** The device's database. Tests swap it for a fresh one with `setActiveDatabase`. */
export function database(): CafDatabase {
  if (!current) current = new CafDatabase();
  return current;
}

export function setActiveDatabase(db: CafDatabase): void {
  current = db;
}
