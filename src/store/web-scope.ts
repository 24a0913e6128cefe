/** What part of the corpus a query may see: everything, a region subtree, or one unit. Built from the signed-in user by the server. */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

export type DataScope = { kind: 'all' } | { kind: 'region'; path: string } | { kind: 'unit'; unitId: number };

/**
 * The condition for a query that names its units `u` and their regions `g` (left joins allowed):
 * reports without a unit only belong to the 'all' scope. Raw SQL because a typed builder cannot
 * be generic over "any query with these two aliases".
 */
export function scopeSql(scope: DataScope): RawBuilder<SqlBool> {
  if (scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  if (scope.kind === 'region') return sql<SqlBool>`g.path like ${`${scope.path}%`}`;
  return sql<SqlBool>`u.id = ${scope.unitId}`;
}
