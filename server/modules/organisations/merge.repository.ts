import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';

/**
 * Moves what points at organisation `from` to `into`, table by table: where `into` already has the
 * same row (a person in both, a cluster both belong to) the survivor's row is kept and the other
 * dropped. Runs inside the caller's transaction.
 */
export async function moveReferences(tx: DbOrTx, from: string, into: string): Promise<void> {
  const statements = [
    sql`update organisation_members m set organisation_id = ${into}
        where organisation_id = ${from}
          and not exists (select 1 from organisation_members s where s.organisation_id = ${into} and s.user_id = m.user_id)`,
    sql`update cluster_memberships m set member_id = ${into}
        where member_id = ${from} and cluster_id <> ${into}
          and not exists (select 1 from cluster_memberships s where s.member_id = ${into} and s.cluster_id = m.cluster_id)`,
    sql`update cluster_memberships m set cluster_id = ${into}
        where cluster_id = ${from} and member_id <> ${into}
          and not exists (select 1 from cluster_memberships s where s.cluster_id = ${into} and s.member_id = m.member_id)`,
    sql`update cluster_labels l set organisation_id = ${into}
        where organisation_id = ${from}
          and not exists (select 1 from cluster_labels s where s.organisation_id = ${into} and s.label = l.label and s.awarded_on = l.awarded_on)`,
    sql`update cluster_profiles set organisation_id = ${into}
        where organisation_id = ${from} and not exists (select 1 from cluster_profiles where organisation_id = ${into})`,
    sql`update saved_search_hits h set organisation_id = ${into}
        where organisation_id = ${from}
          and not exists (select 1 from saved_search_hits s where s.organisation_id = ${into} and s.saved_search_id = h.saved_search_id)`,
  ];
  for (const statement of statements) await tx.execute(statement);
  // What could not move duplicates a row the survivor already has.
  for (const table of ['organisation_members', 'cluster_labels', 'cluster_profiles', 'saved_search_hits']) {
    await tx.execute(sql`delete from ${sql.identifier(table)} where organisation_id = ${from}`);
  }
  await tx.execute(sql`delete from cluster_memberships where member_id = ${from} or cluster_id = ${from}`);
}

/**
 * Every foreign key to organisations that still holds `id`. Empty after moveReferences; a table added
 * later without merge support shows up here, so a merge fails instead of cascading its rows away.
 */
export async function remainingReferences(tx: DbOrTx, id: string): Promise<string[]> {
  const keys = await queryRows<{ table_name: string; column_name: string }>(
    tx,
    sql`select c.conrelid::regclass::text as table_name, a.attname as column_name
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and c.confrelid = 'organisations'::regclass`,
  );
  const remaining: string[] = [];
  for (const k of keys) {
    const rows = await queryRows(
      tx,
      sql`select 1 from ${sql.identifier(k.table_name)} where ${sql.identifier(k.column_name)} = ${id} limit 1`,
    );
    if (rows.length) remaining.push(`${k.table_name}.${k.column_name}`);
  }
  return remaining;
}

export async function deleteOrganisation(tx: DbOrTx, id: string): Promise<void> {
  await tx.execute(sql`delete from organisations where id = ${id}`);
}
