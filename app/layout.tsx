import type { Metadata, Viewport } from 'next';
import { SkipLink } from '@/components/layout/SkipLink';
import { config } from '@/lib/config';
import { rootMetadata } from '@/lib/seo/metadata';
import { seoSite } from '@/lib/seo/urls';
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

/** The document. Masthead and footer come from the route group's layout: app/(content), app/(shell). */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale } = config();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
