import type { z } from 'zod';
import { ApiError, type Result } from '../contract/errors';
import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput } from '../contract/methods';

export type Handler<M extends MethodName, C> = (input: ParsedInput<M>, context: C) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers<C> = { [M in MethodName]: Handler<M, C> };

export interface RouterOptions<C> {
  /** Parse every output against the contract (development and tests). */
  validateOutput: boolean;
  /** Technical log line for unexpected errors; must never receive personal data. */
  logError?: (method: string, error: unknown) => void;
  /** Access control: `method` runs before the input is parsed (login, role), `input` after it (records' desa). */
  guard?: { method(method: MethodName, context: C): void; input(method: MethodName, input: unknown, context: C): void };
}

export type Router = (method: unknown, input: unknown) => Promise<Result<unknown>>;

/** Dispatches only the contract's own methods; never throws, always answers with a Result. */
export function createRouter<C>(handlers: Handlers<C>, context: C, options: RouterOptions<C>): Router {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return fail(new ApiError('UNKNOWN_METHOD', `Perintah "${String(method).slice(0, 80)}" tidak dikenal.`));
    }
    const spec = contract[method];
    try {
      options.guard?.method(method, context);
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return fail(invalidInput(parsed.error));
      options.guard?.input(method, parsed.data, context);
      const handler = handlers[method] as Handler<typeof method, C>;
      const value = await handler(parsed.data as never, context);
      if (options.validateOutput) (spec.output as z.ZodType).parse(value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      options.logError?.(method, error);
      return fail(new ApiError('INTERNAL', 'Terjadi kesalahan internal. Data Anda tidak diubah oleh perintah yang gagal; coba lagi atau hubungi admin.'));
    }
  };
}

function invalidInput(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({ field: issue.path.join('.') || '(masukan)', message: issue.message }));
  const first = issues[0];
  const message = first ? `Masukan tidak valid pada "${first.field}": ${first.message}` : 'Masukan tidak valid.';
  return new ApiError('INVALID_INPUT', message, { field: first?.field, issues });
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error: error.toBody() });
