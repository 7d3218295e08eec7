import { redirect } from 'react-router';
import { failureFromError, failureFromIssues } from '../../lib/forms';
import { bodyFromValues, OrganisationFormValuesSchema } from './form-values';
import { organisationsApi } from './organisations-api';

/**
 * The create and edit actions: form values in (JSON), the contract's validation first, then the
 * API; on success the detail page, with a flag for the confirmation message.
 */
export async function saveOrganisation(request: Request, existing: string | null) {
  const values = OrganisationFormValuesSchema.safeParse(await request.json());
  if (!values.success) return failureFromIssues(values.error.issues);
  const result = bodyFromValues(values.data);
  if (!result.ok) return result;
  try {
    const saved = existing
      ? await organisationsApi.update(existing, result.body)
      : await organisationsApi.create(result.body);
    return redirect(`/organisations/${saved.slug}?${existing ? 'saved' : 'created'}=1`);
  } catch (error) {
    return failureFromError(error);
  }
}
