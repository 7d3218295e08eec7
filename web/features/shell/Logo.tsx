/** The Lightpath mark: a beam rising to a point of light. Decorative; the name sits next to it. */
export function Logo() {
  return (
    <svg
      className="brand__logo"
      viewBox="0 0 32 32"
      width="36"
      height="36"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="7" fill="#0b3d6e" />
      <path
        d="M6 22 L16 8 L26 22"
        fill="none"
        stroke="#ffd166"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="8" r="2.5" fill="#ffffff" />
    </svg>
  );
}
