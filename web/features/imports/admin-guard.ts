import { data } from 'react-router';
import { requireUser } from '../session/session-store';

/** Import, duplicates and merge pages are for platform administrators only (the API checks again). */
export async function requirePlatformAdmin(request: Request) {
  const user = await requireUser(request);
  if (!user.isPlatformAdmin) throw data(null, { status: 403 });
  return user;
}
