import { draftMode } from 'next/headers';

/** Leaves draft mode and goes back to the desk. */
export async function GET() {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: '/desk', 'Cache-Control': 'private, no-store' } });
}
