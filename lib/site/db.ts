import 'server-only';

/** Route handlers reach the database through lib/site, never lib/db directly. */
export { getDb } from '../db/connection.ts';
