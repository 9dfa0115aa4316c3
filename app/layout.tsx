import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { config } from '@/lib/config';
import { isBuildPhase } from '@/lib/site/build-phase';
import { getSections } from '@/lib/site/content';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, siteUrl } = config();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: `News, analysis and opinion from ${siteName}.`,
    icons: { icon: '/icon.svg' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b2545' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1a30' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { siteName, locale } = config();
  const sections = isBuildPhase() ? [] : await getSections();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <SkipLink />
        <SiteHeader siteName={siteName} sections={sections} />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <SiteFooter siteName={siteName} sections={sections} />
      </body>
    </html>
  );
}
