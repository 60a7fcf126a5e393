// The browser's part of the authorization code flow, by hand over HTTP: redirects followed
// one at a time, cookies kept per host, the provider's login form filled in.

export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  keep(url: string, res: Response): void {
    const host = new URL(url).host;
    const jar = this.byHost.get(host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/Max-Age=0/i.test(line) || !value.join('=')) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    this.byHost.set(host, jar);
  }

  header(url: string): string {
    return [...(this.byHost.get(new URL(url).host) ?? new Map<string, string>()).entries()].map(([n, v]) => `${n}=${v}`).join('; ');
  }

  get(url: string, name: string): string | undefined {
    return this.byHost.get(new URL(url).host)?.get(name);
  }
}

export async function visit(jar: CookieJar, url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: { cookie: jar.header(url), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  jar.keep(url, res);
  return res;
}

/** Follows redirects until one points at `stopAt` (not requested) or a page answers. */
export async function follow(jar: CookieJar, url: string, stopAt: string): Promise<{ url: string; res?: Response }> {
  let current = url;
  for (let hop = 0; hop < 10; hop += 1) {
    if (current.startsWith(stopAt)) return { url: current };
    const res = await visit(jar, current);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { url: current, res };
    current = new URL(location, current).href;
  }
  throw new Error(`too many redirects from ${url}`);
}

/**
 * From dondoc's start route through the provider's login form to the URL the provider
 * sends the browser back to (not requested, so the caller chooses how to call it).
 */
export async function signInAtProvider(
  jar: CookieJar,
  startUrl: string,
  callbackPrefix: string,
  login: string,
  password: string,
  fields = { login: 'login', password: 'password' },
): Promise<string> {
  const toForm = await follow(jar, startUrl, callbackPrefix);
  if (!toForm.res || toForm.res.status !== 200)
    throw new Error(`expected the provider's login form at ${toForm.url}, got ${toForm.res?.status}`);
  const form = await toForm.res.text();
  const action = /action="([^"]+)"/.exec(form)?.[1]?.replace(/&amp;/g, '&');
  if (!action) throw new Error(`no login form at ${toForm.url}:\n${form}`);
  const posted = await visit(jar, new URL(action, toForm.url).href, {
    method: 'POST',
    form: { [fields.login]: login, [fields.password]: password },
  });
  const next = posted.headers.get('location');
  if (!next) throw new Error(`the provider did not accept ${login}: ${posted.status} ${await posted.text()}`);
  const back = await follow(jar, new URL(next, toForm.url).href, callbackPrefix);
  if (back.res) throw new Error(`the provider did not send the browser back: ${back.res.status} ${await back.res.text()}`);
  return back.url;
}

/**
 * At the provider's end-session URL: its confirmation page, "yes, sign me out" posted with
 * the page's hidden fields, and the URL it sends the browser to afterwards (not requested).
 */
export async function signOutAtProvider(jar: CookieJar, endSessionUrl: string): Promise<string> {
  const page = await visit(jar, endSessionUrl);
  if (page.status !== 200) throw new Error(`expected the provider's sign-out page, got ${page.status}: ${await page.text()}`);
  const html = await page.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (!action) throw new Error(`no sign-out form at ${endSessionUrl}:\n${html}`);
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const posted = await visit(jar, new URL(action, endSessionUrl).href, { method: 'POST', form: { ...hidden, logout: 'yes' } });
  const next = posted.headers.get('location');
  if (!next) throw new Error(`the provider did not sign out: ${posted.status} ${await posted.text()}`);
  return new URL(next, endSessionUrl).href;
}
