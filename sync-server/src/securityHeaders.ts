/**
 * The policy for everything the server sends. The app holds records about vulnerable children, so a
 * script injected anywhere must not run: scripts only from this origin (no inline script, no eval),
 * requests only to this origin, no plugins, no framing (a hand-over screen inside another site's
 * frame could be clicked through), no <base> or form tricks. Styles are files too: the app sets
 * styles only through the DOM, which the policy allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Headers on every answer, API and files alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};
