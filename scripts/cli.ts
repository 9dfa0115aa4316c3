import { UserFacingError } from '../lib/errors.ts';

/** Runs a CLI body: expected failures print one clear line and exit 1, others print the stack. */
export async function runCli(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof UserFacingError ? error.message : error);
    process.exit(1);
  }
}
