import { NextResponse } from 'next/server';
import { peerRevalidationSchema } from '@/lib/revalidation/peers';
import { isInternalRequest, revalidateLocally } from '@/lib/site/internal';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** Another instance announces a content change (REVALIDATE_PEERS); applied here only, never passed on. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return NextResponse.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404, headers: PRIVATE });
  const parsed = peerRevalidationSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ error: { code: 'invalid_body', message: 'Expected { tags: string[], mode: "now" | "soon" }.' } }, { status: 400, headers: PRIVATE });
  }
  revalidateLocally(parsed.data);
  return NextResponse.json({ revalidated: parsed.data.tags.length }, { headers: PRIVATE });
}
