/** Who is asking. Services take an Actor, never a request. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: 'en' | 'fr';
  emailVerified: boolean;
  isPlatformAdmin: boolean;
}

export type MaybeActor = Actor | null;
