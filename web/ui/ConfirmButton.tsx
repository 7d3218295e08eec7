import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';

interface ConfirmButtonProps {
  /** The first button's text, e.g. "Remove". */
  children: ReactNode;
  /** The question shown once the first button is pressed. */
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /** Submitted with the enclosing form when confirmed (a react-router fetcher form, typically). */
  name?: string;
  value?: string;
  variant?: ButtonVariant;
  disabled?: boolean;
}

/**
 * A destructive action in two steps, without a modal: the button turns into a question with
 * "confirm" (which submits the enclosing form) and "cancel". Focus follows so keyboard users stay
 * in place.
 */
export function ConfirmButton({
  children,
  question,
  confirmLabel,
  cancelLabel,
  name,
  value,
  variant = 'danger',
  disabled,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <Button
        ref={triggerRef}
        variant={variant}
        size="sm"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm__question">{question}</span>
      <Button
        ref={confirmRef}
        type="submit"
        name={name}
        value={value}
        variant={variant}
        size="sm"
        disabled={disabled}
      >
        {confirmLabel}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setAsking(false)}>
        {cancelLabel}
      </Button>
    </span>
  );
}
