/** The web app's own tables (accounts, sessions, audit log, corrections, uploads) as Kysely types, next to the corpus tables of schema.ts. */
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database, Flag } from './schema.js';

export type Role = 'admin' | 'reviewer' | 'clerk';

export interface WebUsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** scrypt$N$r$p$salt$hash (see server/auth/passwords.ts). */
  password_hash: string;
  role: Role;
  /** A reviewer's region (its whole subtree). */
  region_id: string | null;
  /** A unit clerk's unit. */
  unit_id: number | null;
  active: Flag;
  /** Set for a generated first-run password: the UI asks for a new one. */
  must_change_password: Flag;
  created_at: string;
  updated_at: string;
}

export interface WebSessionsTable {
  /** sha256 of the cookie token: a copy of the database does not hand out live sessions. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface WebAuditTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  target: string | null;
  detail: string | null;
  ip: string | null;
}

export type CorrectionField = 'unit' | 'year';

/** A person's correction of a report's unit or year: kept for good, with who and when. */
export interface WebCorrectionsTable {
  id: Generated<number>;
  report_id: number;
  /** The original's sha256: the report row may be re-created by a reparse, the bytes stay. */
  sha256: string;
  field: CorrectionField;
  old_value: string | null;
  new_value: string | null;
  note: string | null;
  user_id: number;
  username: string;
  at: string;
}

export interface WebUploadsTable {
  id: Generated<number>;
  user_id: number;
  created_at: string;
}

export type UploadItemStatus = 'added' | 'duplicate' | 'failed' | 'rejected';

/** One file of an upload batch (an archive entry counts one) and what became of it. */
export interface WebUploadItemsTable {
  id: Generated<number>;
  upload_id: number;
  name: string;
  size: number;
  sha256: string | null;
  status: UploadItemStatus;
  report_id: number | null;
  message: string | null;
  at: string;
}

export interface WebSettingsTable {
  key: string;
  value: string;
}

export type WebTables = {
  web_users: WebUsersTable;
  web_sessions: WebSessionsTable;
  web_audit: WebAuditTable;
  web_corrections: WebCorrectionsTable;
  web_uploads: WebUploadsTable;
  web_upload_items: WebUploadItemsTable;
  web_settings: WebSettingsTable;
};

export type WebDatabase = Database & WebTables;
export type WebDb = Kysely<WebDatabase>;

export type UserRow = Selectable<WebUsersTable>;
export type SessionRow = Selectable<WebSessionsTable>;
export type AuditRow = Selectable<WebAuditTable>;
export type CorrectionRow = Selectable<WebCorrectionsTable>;
export type UploadItemRow = Selectable<WebUploadItemsTable>;

/** The corpus database seen with the web tables as well (same connection, same transactions). */
export const webDb = (db: Kysely<Database>): WebDb => db.withTables<WebTables>() as unknown as WebDb;
