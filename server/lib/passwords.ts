import { hash, verify } from '@node-rs/argon2';

// Argon2id (algorithm 2 in @node-rs/argon2's const enum, which isolatedModules cannot import),
// with OWASP's recommended floor: 19 MiB memory, 2 iterations.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so response time does not reveal accounts. */
export const DUMMY_HASH = await hashPassword('lightpath-timing-equaliser');
