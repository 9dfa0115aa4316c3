import { RenderedChrome } from '@/app/_routes/chrome';

/** Sections, articles, tags, authors, the front page: rendered on first request, navigation included. */
export default function ContentLayout({ children }: { children: React.ReactNode }) {
  return <RenderedChrome>{children}</RenderedChrome>;
}
