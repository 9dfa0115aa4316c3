import { connection } from 'next/server';
import { Suspense } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { config } from '@/lib/config';
import type { SectionRef } from '@/lib/content/types';
import { isBuildPhase } from '@/lib/site/build-phase';
import { getSections } from '@/lib/site/content';

/*
 * The masthead, main landmark and footer around every page, in three forms. The build has no database,
 * so pages prerendered then cannot know the sections; pages rendered on their first request can; and
 * the root 404, which rides along in every page's payload, does without them.
 */

/** The masthead and footer around the main landmark. */
function Frame({ header, footer, children }: { header: React.ReactNode; footer: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      {header}
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      {footer}
    </>
  );
}

/** Masthead and footer listing these sections. */
function WithSections({ sections, children }: { sections: SectionRef[]; children: React.ReactNode }) {
  const { siteName } = config();
  return (
    <Frame header={<SiteHeader siteName={siteName} sections={sections} />} footer={<SiteFooter siteName={siteName} sections={sections} />}>
      {children}
    </Frame>
  );
}

/**
 * For content pages, rendered on their first request and then cached: the navigation is part of the
 * page's own HTML. At build only their placeholder pages render (never served), with no sections.
 */
export async function RenderedChrome({ children }: { children: React.ReactNode }) {
  return <WithSections sections={isBuildPhase() ? [] : await getSections()}>{children}</WithSections>;
}

/**
 * For the desk, account, previews and search, whose pages are prerendered at build or share that
 * layout: the navigation is a hole in the prerendered page, filled on each request, so its HTML and
 * its React payload agree.
 */
export function StreamedChrome({ children }: { children: React.ReactNode }) {
  const { siteName } = config();
  return (
    <Frame
      header={
        <Suspense fallback={<SiteHeader siteName={siteName} sections={[]} />}>
          <StreamedHeader siteName={siteName} />
        </Suspense>
      }
      footer={
        <Suspense fallback={<SiteFooter siteName={siteName} sections={[]} />}>
          <StreamedFooter siteName={siteName} />
        </Suspense>
      }
    >
      {children}
    </Frame>
  );
}

/**
 * For the root 404 (paths no route matches): the masthead without the section list. The root 404 is
 * also part of every page's React payload, so it must not read data or render the full chrome there.
 */
export function StaticChrome({ children }: { children: React.ReactNode }) {
  return <WithSections sections={[]}>{children}</WithSections>;
}

async function sectionsOnRequest() {
  if (isBuildPhase()) await connection();
  return getSections();
}

async function StreamedHeader({ siteName }: { siteName: string }) {
  return <SiteHeader siteName={siteName} sections={await sectionsOnRequest()} />;
}

async function StreamedFooter({ siteName }: { siteName: string }) {
  return <SiteFooter siteName={siteName} sections={await sectionsOnRequest()} />;
}
