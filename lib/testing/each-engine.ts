import { afterAll, beforeAll, describe } from 'vitest';
import type { DB } from '../db/connection.ts';
import type { Engine } from '../db/engine.ts';
import { engines, postgresAvailable, type TestDatabase } from './databases.ts';

const pgAvailable = await postgresAvailable();

/** Declares the same suite once per engine, each on its own fresh database for this file. */
export function describeEachEngine(title: string, body: (ctx: { db: () => DB; engine: Engine }) => void) {
  for (const { engine, create } of engines) {
    describe.skipIf(engine === 'postgres' && !pgAvailable)(`${title} [${engine}]`, () => {
      let test: TestDatabase | undefined;
      beforeAll(async () => {
        test = await create();
      });
      afterAll(async () => {
        await test?.drop();
      });
      body({
        engine,
        db: () => {
          if (!test) throw new Error('database not ready');
          return test.db;
        },
      });
    });
  }
}
