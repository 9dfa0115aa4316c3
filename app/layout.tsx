import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { config } from '@/lib/config';
import { rootMetadata } from '@/lib/seo/metadata';
import { seoSite } from '@/lib/seo/urls';
import { isBuildPhase } from '@/lib/site/build-phase';
import { getSections } from '@/lib/site/content';
import './globals.css';

/** Defaults every page inherits (title template, site feed, share card, robots): lib/seo/metadata.ts. */
export async function generateMetadata(): Promise<Metadata> {
  return rootMetadata(seoSite(config()));
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b2545' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1a30' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { siteName, locale } = config();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <SkipLink />
        <Suspense fallback={<SiteHeader siteName={siteName} sections={[]} />}>
          <Header siteName={siteName} />
        </Suspense>
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <Suspense fallback={<SiteFooter siteName={siteName} sections={[]} />}>
          <Footer siteName={siteName} />
        </Suspense>
      </body>
    </html>
  );
}

/**
 * The sections for the masthead and footer. The build has no database: pages prerendered then
 * (the desk, previews) leave the navigation as a hole filled on each request, so their HTML and
 * their React payload agree; content pages render on first request and keep it in their cache.
 */
async function chromeSections() {
  if (isBuildPhase()) await connection();
  return getSections();
}

async function Header({ siteName }: { siteName: string }) {
  return <SiteHeader siteName={siteName} sections={await chromeSections()} />;
}

async function Footer({ siteName }: { siteName: string }) {
  return <SiteFooter siteName={siteName} sections={await chromeSections()} />;
}
