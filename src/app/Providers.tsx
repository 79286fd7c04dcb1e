import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

/** Creates the QueryClient once for the app's lifetime. */
export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? new QueryClient());
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
