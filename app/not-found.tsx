import { StreamedChrome } from '@/app/_routes/chrome';
import { NotFoundMessage, notFoundMetadata } from '@/app/_routes/not-found-message';

export const metadata = notFoundMetadata;

/** Addresses no route matches: rendered in the root layout alone, so it brings its own masthead. */
export default function NotFound() {
  return (
    <StreamedChrome>
      <NotFoundMessage />
    </StreamedChrome>
  );
}
