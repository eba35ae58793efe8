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
