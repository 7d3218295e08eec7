import { redirect } from 'react-router';
import { authApi } from './auth-api';
import { sessionStore } from './session-store';

/** The /logout route has only this action: the header's "Log out" button posts to it. */
export async function logoutAction() {
  try {
    await authApi.logout();
  } catch (error) {
    // Leaving must always work on this device; the server session expires on its own.
    console.error('Lightpath: logout request failed', error);
  }
  sessionStore.signOut();
  return redirect('/');
}
