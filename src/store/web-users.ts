/** Accounts of the web app: read, create, update, count. */
import type { Insertable } from 'kysely';
import type { UserRow, WebDb, WebUsersTable } from './web-schema.js';

export async function countUsers(db: WebDb): Promise<number> {
  return Number((await db.selectFrom('web_users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function userByName(db: WebDb, username: string): Promise<UserRow | null> {
  return (await db.selectFrom('web_users').selectAll().where('username', '=', username).executeTakeFirst()) ?? null;
}

export async function userById(db: WebDb, id: number): Promise<UserRow | null> {
  return (await db.selectFrom('web_users').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function listUsers(db: WebDb) {
  return db
    .selectFrom('web_users as w')
    .leftJoin('regions as g', 'g.id', 'w.region_id')
    .leftJoin('units as u', 'u.id', 'w.unit_id')
    .select(['w.id', 'w.username', 'w.display_name', 'w.role', 'w.region_id', 'w.unit_id', 'w.active', 'w.must_change_password', 'w.created_at', 'w.updated_at', 'g.full_name as region_name', 'u.name as unit_name'])
    .orderBy('w.id')
    .execute();
}

export async function insertUser(db: WebDb, row: Insertable<WebUsersTable>): Promise<number> {
  return (await db.insertInto('web_users').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUser(db: WebDb, id: number, set: Partial<Omit<UserRow, 'id' | 'created_at'>>): Promise<void> {
  if (Object.keys(set).length === 0) return;
  await db.updateTable('web_users').set(set).where('id', '=', id).execute();
}
