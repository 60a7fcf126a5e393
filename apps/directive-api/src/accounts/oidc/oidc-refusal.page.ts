import type { OidcRefusal } from './oidc-refusal';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page a person sees when the provider's answer does not open a session: the browser
 * came here by a redirect, so this page is the whole answer. Vietnamese first, English
 * beside it, and the way back to the sign-in page.
 */
export function refusalPage(refusal: OidcRefusal, signInUrl: string): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Không đăng nhập được — dondoc</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f1f1f}p.en{color:#444}a{color:#0b57a4}</style></head>
<body><main>
<h1>Không đăng nhập được</h1>
<p role="alert">${escape(refusal.vi)}</p>
<p class="en" lang="en">Sign-in failed: ${escape(refusal.en)} (HTTP ${refusal.status})</p>
<p><a href="${escape(signInUrl)}">Quay lại trang đăng nhập</a> · <a href="${escape(signInUrl)}" lang="en">Back to sign-in</a></p>
</main></body>
</html>
`;
}
