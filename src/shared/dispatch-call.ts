import type { WorkbenchApi } from './api';
import { apiArgSchemas, isApiMethod } from './api-schema';
import { errorMessage, fail, ok, type Result } from './result';

/**
 * The single server-side entry for a call from outside the process: checks the method name, validates the
 * arguments against the contract and turns any thrown error into a Result. Used by Electron IPC and the HTTP host.
 */
export async function dispatchCall(api: WorkbenchApi, method: string, args: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail(`unknown method: ${method.slice(0, 60)}`);
  const parsed = apiArgSchemas[method].safeParse(Array.isArray(args) ? trimUndefinedTail(args) : args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail(`invalid arguments for ${method}${where}: ${issue?.message ?? 'rejected'}`);
  }
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    const value = await fn.apply(api, parsed.data as unknown[]);
    return ok(value === undefined ? null : value);
  } catch (err) {
    return fail(errorMessage(err));
  }
}

/** JSON turns trailing undefined arguments into null or drops them; normalise so optional tails validate. */
function trimUndefinedTail(args: unknown[]): unknown[] {
  const out = [...args];
  while (out.length > 0 && (out[out.length - 1] === undefined || out[out.length - 1] === null)) out.pop();
  return out;
}
