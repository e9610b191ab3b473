import { parseArgs } from 'node:util';

/** Wrong or missing options: the command prints the message and the usage, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? `Opsi tidak valid: ${error.message}` : 'Opsi tidak valid.');
  }
}

export function required(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`Opsi ${flag} wajib diisi.`);
  return value;
}

export function integer(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`Opsi ${flag} harus bilangan bulat, bukan "${value}".`);
  return Number(value);
}
