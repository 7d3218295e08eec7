import { ensureTemplate, testDbKind } from './test-db';

export default async function setup() {
  if (testDbKind === 'postgres') await ensureTemplate();
}
