import { NextResponse } from 'next/server';
import { publishDueArticles } from '@/lib/desk/workflow-service';
import { getDb } from '@/lib/site/db';
import { isInternalRequest, revalidateNow } from '@/lib/site/internal';
import { getUrlStatus } from '@/lib/site/url-status';

/**
 * For the front door and the proxy only (neither can reach the database): moved and gone article slugs.
 * They ask at most once a second while readers are arriving, so this is also where
 * scheduled articles are checked "on request", between the background ticks.
 */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return NextResponse.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  const { revalidate } = await publishDueArticles(getDb());
  revalidateNow(revalidate);
  return NextResponse.json(await getUrlStatus(), { headers: { 'Cache-Control': 'private, no-store' } });
}
