import { NotFound } from '../features/shell/NotFound';

export function Component() {
  return <NotFound />;
}
