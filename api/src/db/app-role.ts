import pg from 'pg';

/** The role the API connects as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'park_app';

/** The owner's URL with the application role's credentials instead. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * Lets `park_app` sign in with `password` and makes sure it stays unprivileged. The identity
 * migration creates the role; this runs after migrations, as the owner, on every boot.
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = (await client.query<{ q: string }>('select quote_literal($1::text) as q', [password]))
      .rows[0]!.q;
    await client.query(
      `alter role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit password ${literal}`,
    );
  } finally {
    await client.end();
  }
}
