import type { ApiMethod, WorkbenchApi } from './api';
import type { Result } from './result';

export class ApiError extends Error {
  constructor(
    readonly method: ApiMethod,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds a typed client from a transport that carries (method, args) and returns a Result. */
export function createApiClient(
  methods: readonly ApiMethod[],
  call: (method: ApiMethod, args: unknown[]) => Promise<Result<unknown>>,
): WorkbenchApi {
  const client: Partial<Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const method of methods) {
    client[method] = async (...args: unknown[]) => {
      const reply = await call(method, args);
      if (!reply.ok) throw new ApiError(method, reply.error);
      return reply.value ?? undefined;
    };
  }
  return client as WorkbenchApi;
}
