/**
 * Technical log lines only. Error messages can carry file paths (user names) or row data, so only the
 * error's name and code are written, never its message.
 */
export function logTechnical(scope: string, message: string, error?: unknown): void {
  let suffix = '';
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    suffix = ` (${error.name}${typeof code === 'string' ? `: ${code}` : ''})`;
  } else if (error !== undefined) {
    suffix = ` (${typeof error})`;
  }
  console.warn(`[verivali:${scope}] ${message}${suffix}`);
}
