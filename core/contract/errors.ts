/** Error codes that travel over every transport. Messages are in Bahasa Indonesia. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NO_WORKSPACE',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'WORKSPACE_NOT_FOUND',
  'WORKSPACE_INVALID',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_LOCKED',
  'WORKSPACE_EXISTS',
  'WORKSPACE_KEY',
  'MIGRATION_FAILED',
  'UNAUTHORIZED',
  'PASSWORD_CHANGE_REQUIRED',
  'FORBIDDEN',
  'BUSY',
  'CANCELLED',
  'IMPORT_REJECTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers and by the typed client; carries a code the UI can act on. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
