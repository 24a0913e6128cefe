/** An account as the API shows it (never its password hash). */
import type { Corpus } from '../../corpus/context.js';
import type { UserRow } from '../../store/web-schema.js';
import { ROLE_LABELS } from '../auth/access.js';

export function userView(corpus: Corpus, user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    regionId: user.region_id,
    regionName: user.region_id ? (corpus.regions.get(user.region_id)?.full_name ?? null) : null,
    unitId: user.unit_id,
    unitName: user.unit_id !== null ? (corpus.matcher.unit(user.unit_id)?.name ?? null) : null,
    active: user.active === 1,
    mustChangePassword: user.must_change_password === 1,
  };
}
