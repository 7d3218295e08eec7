import { useEffect, useRef, useState } from 'react';

/**
 * Open/close state for a disclosure (a button showing a panel): closes on Escape (focus goes back
 * to the button) and when focus or a click lands outside the container.
 */
export function useDisclosure<C extends HTMLElement, B extends HTMLElement>() {
  const [isOpen, setOpen] = useState(false);
  const containerRef = useRef<C>(null);
  const buttonRef = useRef<B>(null);

  useEffect(() => {
    if (!isOpen) return;
    function onPointer(event: PointerEvent) {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    }
    function onFocus(event: FocusEvent) {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  return {
    isOpen,
    containerRef,
    buttonRef,
    toggle: () => setOpen((open) => !open),
    close: () => setOpen(false),
  };
}
