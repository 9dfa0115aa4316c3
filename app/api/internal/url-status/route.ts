import { NextResponse } from 'next/server';
import { isInternalRequest } from '@/lib/site/internal';
import { getUrlStatus } from '@/lib/site/url-status';

/** For the proxy only (it cannot reach the database itself): moved and gone article slugs. */
export async function GET(request: Request) {
  if (!isInternalRequest(request)) return NextResponse.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  return NextResponse.json(await getUrlStatus(), { headers: { 'Cache-Control': 'private, no-store' } });
}
