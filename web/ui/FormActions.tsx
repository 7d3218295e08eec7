import { Link } from 'react-router';
import { Button, buttonClass } from './Button';

interface FormActionsProps {
  className: string;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
  cancelLabel: string;
}

/** A form's submit button and the link back to where the user came from. */
export function FormActions({ className, busy, submitLabel, cancelTo, cancelLabel }: FormActionsProps) {
  return (
    <div className={className}>
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
      <Link to={cancelTo} className={buttonClass('quiet')}>
        {cancelLabel}
      </Link>
    </div>
  );
}
