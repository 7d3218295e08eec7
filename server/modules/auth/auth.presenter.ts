import type { User } from '../../../contracts/auth';
import type { UserRow } from './auth.repository';
import type { Actor } from './actor';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    emailVerified: row.emailVerifiedAt !== null,
    isPlatformAdmin: row.isPlatformAdmin,
  };
}

export function actorFromUser(row: UserRow): Actor {
  return {
    userId: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    emailVerified: row.emailVerifiedAt !== null,
    isPlatformAdmin: row.isPlatformAdmin,
  };
}
