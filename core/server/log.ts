/**
 * Technical log lines must never carry personal data: quoted values and long digit runs
 * (NIK, No KK) are removed before anything is printed.
 */
export function redactForLog(text: string): string {
  return text
    .replace(/(["'`]).*?\1/g, '$1…$1')
    .replace(/\d{6,}/g, '#')
    .slice(0, 300);
}

export function describeErrorForLog(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${redactForLog(error.message)}`;
  return 'kesalahan tak dikenal';
}
