import { StreamedChrome } from '@/app/_routes/chrome';

/** The desk, accounts, previews and search: prerendered at build, navigation filled on each request. */
export default function ShellLayout({ children }: { children: React.ReactNode }) {
  return <StreamedChrome>{children}</StreamedChrome>;
}
