import { NextResponse } from 'next/server';
import { publishDueArticles } from '@/lib/desk/workflow-service';
import { getDb } from '@/lib/site/db';
import { isInternalRequest, revalidateNow } from '@/lib/site/internal';
import { log } from '@/lib/log';

/** The background tick (instrumentation.ts) calls this: scheduled articles whose time has come go live. */
export async function POST(request: Request) {
  if (!isInternalRequest(request)) return NextResponse.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  const { published, revalidate } = await publishDueArticles(getDb());
  revalidateNow(revalidate);
  if (published.length) log.info({ published }, 'scheduled articles published');
  return NextResponse.json({ published }, { headers: { 'Cache-Control': 'private, no-store' } });
}
