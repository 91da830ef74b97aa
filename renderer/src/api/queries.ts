import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { OperationInput, OperationName, OperationResult } from '../../../shared/api';
import { useApi } from './context';
import { ApiError } from './errors';
import { INVALIDATES } from './invalidation';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refused or invalid call will not get better by retrying; a dropped connection may.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.code !== 'INTERNAL'),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** Cache key: the operation name first, so invalidation can address every read of one kind. */
export const queryKey = <K extends OperationName>(name: K, input: OperationInput<K>) => [name, input] as const;

type ReadOptions<K extends OperationName> = Omit<
  UseQueryOptions<OperationResult<K>, ApiError, OperationResult<K>, readonly [K, OperationInput<K>]>,
  'queryKey' | 'queryFn'
>;

export function useApiQuery<K extends OperationName>(name: K, input: OperationInput<K>, options: ReadOptions<K> = {}) {
  const api = useApi();
  return useQuery({ queryKey: queryKey(name, input), queryFn: () => api.call(name, input), ...options });
}

/**
 * A change through the contract. It resolves after the stale reads were refetched, so the
 * screen the user returns to already shows the change.
 */
export function useApiMutation<K extends OperationName>(name: K, options: { signal?: () => AbortSignal | undefined } = {}) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<OperationResult<K>, ApiError, OperationInput<K>>({
    mutationFn: (input) => api.call(name, input, { signal: options.signal?.() }),
    onSuccess: () =>
      Promise.all((INVALIDATES[name] ?? []).map((read) => queryClient.invalidateQueries({ queryKey: [read] }))),
  });
}
