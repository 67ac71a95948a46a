import type { EntityManager } from '@mikro-orm/postgresql';
import { BUILTIN_ROLES } from '../modules/registry.js';

/**
 * Keeps the built-in roles exactly as the code defines them (insert or update by key), holding
 * what the features' manifests grant them, so a new permission reaches them with the release
 * that introduces it. Runs as the owner at every boot;
 * operators' own roles are never touched.
 */
export async function syncBuiltinRoles(em: EntityManager): Promise<void> {
  for (const r of BUILTIN_ROLES) {
    await em.execute(
      `insert into role (id, created_at, updated_at, key, name, name_en, description, audience, permissions, builtin)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?::text[], true)
       on conflict (key) do update set name = excluded.name, name_en = excluded.name_en,
         description = excluded.description, audience = excluded.audience, permissions = excluded.permissions,
         builtin = true, updated_at = case when role.permissions is distinct from excluded.permissions
           or role.name is distinct from excluded.name then now() else role.updated_at end`,
      [r.id, r.key, r.name, r.nameEn, r.description, r.audience, `{${[...r.permissions].sort().join(',')}}`],
    );
  }
}
