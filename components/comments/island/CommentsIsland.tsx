'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/lib/comments/client-api';
import type { CommentsIslandProps } from '@/lib/comments/client-types';
import { Thread } from './Thread';

/** Client errors (4xx) will not change on a retry; network and server errors might. */
function retry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

/** The interactive comment thread: its own query cache, loaded in its own chunk by CommentsIslandLoader. */
export default function CommentsIsland(props: CommentsIslandProps) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // Lists never refetch by themselves: new comments are offered through "N new comments".
          queries: { retry, staleTime: 5 * 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false },
          mutations: { retry: false },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <Thread {...props} />
    </QueryClientProvider>
  );
}
