import { dropFiles, expect, test } from '../support/host-fixture';

const HOSTILE = `<!doctype html><html lang="en"><head>
<title>Hostile page</title>
<meta property="og:title" content="Kestrian port reopens">
<meta property="article:published_time" content="2025-02-11T09:00:00Z">
<script>window.__pwned = 'head script ran'</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kestrian port reopens</h1>
<p>The port of Aldmoor reopened on Tuesday after a week of strikes.</p>
<p onclick="window.__pwned='handler'">“Trade is flowing again,” harbour master Edda Strand said.</p>
<img src="x" onerror="window.__pwned='img onerror ran'">
<script>window.__pwned = 'body script ran'</script>
<p>Unions said talks would continue.</p></article>
</body></html>`;

test('imported HTML is never executed or injected as markup', async ({ page, host }) => {
  const csp: string[] = [];
  page.on('console', (m) => m.type() === 'error' && csp.push(m.text()));
  await page.goto(host.server.url);
  await dropFiles(page, [{ name: 'hostile.html', content: HOSTILE, type: 'text/html' }]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page.getByTestId('article-table').getByRole('link').first().click();
  const body = page.getByTestId('article-body');
  await expect(body).toContainText('The port of Aldmoor reopened');
  await expect(body).not.toContainText('__pwned');
  expect(await body.locator('script, img, [onclick], [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test('the page has no Node access and a strict content security policy', async ({ page, host }) => {
  const response = await page.goto(host.server.url);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  const inline = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(inline).toBeUndefined();
});

test('the printed address opens the app, survives a reload, and the key is in no answer to a request without it', async ({
  browser,
  host,
}) => {
  const { url, appUrl, token } = host.server;
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const checked: Array<Promise<void>> = [];
  const withoutKey = new Set<string>();
  const leaks: string[] = [];
  context.on('response', (response) => {
    const request = response.request();
    const sent = request.url().split('#')[0]!; // the fragment never reaches the server
    checked.push(
      (async () => {
        if (sent.includes(token) || (await request.headerValue('x-soundbite-token').catch(() => null)) === token)
          return;
        withoutKey.add(`${request.method()} ${sent}`);
        // A page that reloads drops its bodies; every GET is fetched again below anyway.
        const headers = JSON.stringify(await response.allHeaders().catch(() => ({})));
        const body = await response.body().catch(() => Buffer.alloc(0));
        if (headers.includes(token) || body.toString('latin1').includes(token)) leaks.push(sent);
      })(),
    );
  });

  // Opened without the key, the app says what to do and the tab holds no key.
  const bare = await context.newPage();
  await bare.goto(url);
  await expect(bare.getByText(/no valid access key/).first()).toBeVisible();

  // Opened with the printed address: the key leaves the address bar, the app works, and a reload keeps it working.
  const page = await context.newPage();
  await page.goto(appUrl);
  await expect(page).toHaveURL(`${url}/`);
  await dropFiles(page, [
    { name: 'port.txt', content: 'Port news\n\n“Trade is flowing again,” harbour master Edda Strand said.\n' },
  ]);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await page.reload();
  await expect(page.getByTestId('article-table').getByRole('link')).toHaveCount(1);
  await page.goto(`${url}/#/timeline`);
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('library-info')).toContainText('1 article');
  expect(await page.evaluate(() => location.href)).not.toContain(token);

  // Pasting the printed address into the tab that had none: the page picks the key up and restarts with it.
  await bare.goto(appUrl);
  await expect(bare).toHaveURL(`${url}/`);
  await expect(bare.getByTestId('article-table').getByRole('link')).toHaveCount(1);
  await Promise.all(checked);
  await context.close();

  // Everything the page asked for without the key, and what anyone else could ask, fetched again without it.
  const direct = new Set([...withoutKey].filter((r) => r.startsWith('GET ')).map((r) => r.slice(4)));
  for (const p of [
    '/',
    '/index.html',
    '/api/events',
    '/api/events?token=x',
    '/api/getLibraryInfo',
    '/missing',
    '/%',
    '/..%2f..%2fpackage.json',
  ])
    direct.add(url + p);
  for (const target of direct) {
    const res = await fetch(target);
    const text = `${JSON.stringify([...res.headers])}${await res.text()}`;
    if (text.includes(token)) leaks.push(`GET ${target}`);
  }
  const post = await fetch(`${url}/api/getLibraryInfo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '[]',
  });
  expect(post.status).toBe(403);
  if ((await post.text()).includes(token)) leaks.push('POST /api/getLibraryInfo');

  expect(withoutKey.size).toBeGreaterThan(3); // the page, its assets, and the key-less tab's calls
  expect(leaks).toEqual([]);
});
