/** Key–value settings of the web app (e.g. whether the demo data was loaded once). */
import type { WebDb } from './web-schema.js';

export async function getWebSetting(db: WebDb, key: string): Promise<string | null> {
  return (await db.selectFrom('web_settings').select('value').where('key', '=', key).executeTakeFirst())?.value ?? null;
}

export async function setWebSetting(db: WebDb, key: string, value: string): Promise<void> {
  await db
    .insertInto('web_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
