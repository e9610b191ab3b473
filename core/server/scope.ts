import type { Sqlite } from '../../db/open';
import { ApiError } from '../contract/errors';
import type { MethodName, ParsedInput } from '../contract/methods';
import type { BackendContext } from './context';

/** A desa code; null = the whole district; undefined = the record does not exist (the handler answers NOT_FOUND). */
type Desa = string | null | undefined;
interface Lookups { family: (id: number) => Desa; member: (id: number) => Desa }
type Resolver = (input: unknown, find: Lookups) => Desa[];

const on = <M extends MethodName>(resolve: (input: ParsedInput<M>, find: Lookups) => Desa[]): Resolver => resolve as Resolver;

/**
 * The desa each record-addressed call touches. An operator desa may read and change only records of
 * their desa (FORBIDDEN otherwise); lists and blocks are narrowed in their queries (ctx.desaScope()). Family
 * operations are not theirs at all (permissions.ts).
 */
const RESOLVERS: Readonly<Record<string, Resolver>> = {
  'families.get': on<'families.get'>((input, find) => [find.family(input.id)]),
  'families.card': on<'families.card'>((input, find) => [find.family(input.id)]),
  'audit.list': on<'audit.list'>((input, find) => [find[input.entity](input.entityId)]),
  'records.update': on<'records.update'>((input, find) => [find[input.entity](input.id)]),
  'edits.apply': on<'edits.apply'>((input, find) => {
    const records = new Map(input.changes.map((change) => [`${change.entity}:${change.id}`, change]));
    return [...records.values()].map((change) => find[change.entity](change.id));
  }),
  'validation.findings': on<'validation.findings'>((input, find) => [input.familyId ? find.family(input.familyId) : undefined, input.desaCode]),
  'validation.export': on<'validation.export'>((input) => [input.desaCode ?? null]),
};

function lookups(db: Sqlite): Lookups {
  const family = db.prepare('SELECT desa_code FROM families WHERE id = ?').pluck();
  const member = db.prepare('SELECT f.desa_code FROM members m JOIN families f ON f.id = m.family_id WHERE m.id = ?').pluck();
  return {
    family: (id) => family.get(id) as Desa,
    member: (id) => member.get(id) as Desa,
  };
}

/** Refuses an operator desa's call on a record (or on the whole district) outside their desa. */
export function checkScope(method: string, input: unknown, ctx: BackendContext): void {
  const session = ctx.session;
  const resolve = Object.prototype.hasOwnProperty.call(RESOLVERS, method) ? RESOLVERS[method] : undefined;
  if (session?.role !== 'operator_desa' || !resolve || !ctx.workspace) return;
  for (const desa of resolve(input, lookups(ctx.workspace.db))) {
    if (desa === null) throw new ApiError('FORBIDDEN', 'Operator desa hanya dapat mengakses data desanya sendiri. Pilih desa Anda.');
    if (desa !== undefined && !session.desaCodes.includes(desa)) {
      throw new ApiError('FORBIDDEN', 'Data ini berada di luar desa yang ditugaskan kepada Anda.', { desaCode: desa });
    }
  }
}
