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
  // Rows unique per (something, organisation): the survivor's own row wins, the duplicate's goes.
  const keyed: readonly [table: string, keyColumn: string][] = [
    ['event_organisers', 'event_id'],
    ['partner_request_partners', 'request_id'],
    ['partner_request_interests', 'request_id'],
    ['partner_request_invitations', 'request_id'],
    ['partner_request_hidden_matches', 'request_id'],
    ['strategic_partnership_members', 'partnership_id'],
  ];
  for (const [table, key] of keyed) {
    const t = sql.identifier(table);
    const k = sql.identifier(key);
    await tx.execute(sql`update ${t} r set organisation_id = ${into}
        where organisation_id = ${from}
          and not exists (select 1 from ${t} s where s.organisation_id = ${into} and s.${k} = r.${k})`);
    await tx.execute(sql`delete from ${t} where organisation_id = ${from}`);
  }
  // A survivor that leads a request is not its own partner, nor interested in or invited to it.
  for (const table of ['partner_request_partners', 'partner_request_interests', 'partner_request_invitations']) {
    await tx.execute(sql`delete from ${sql.identifier(table)} r
        where r.organisation_id = ${into}
          and exists (select 1 from partner_requests p where p.id = r.request_id and p.lead_organisation_id = ${into})`);
  }
  // Rows that simply belong to the organisation follow it.
  await tx.execute(sql`update partner_requests set lead_organisation_id = ${into} where lead_organisation_id = ${from}`);
  for (const table of ['technology_offers', 'end_user_needs', 'event_registrations', 'event_session_speakers']) {
    await tx.execute(sql`update ${sql.identifier(table)} set organisation_id = ${into} where organisation_id = ${from}`);
  }
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
