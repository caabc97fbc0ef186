import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const LIST_SHA256 = 'd9aaae732134c7603189e7f4745ab806efaa12863c9da1c6523fe7d1424306c0';
const fromRoot = (path: string) => new URL(`../../${path}`, import.meta.url);
const GZ = readFileSync(fromRoot('public/known-secrets/jwt.secrets.list.gz'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('public/known-secrets', () => {
  it('decompresses byte-exact to data/jwt.secrets.list', () => {
    const list = gunzipSync(GZ);
    expect(sha256(list)).toBe(LIST_SHA256);
    expect(sha256(readFileSync(fromRoot('data/jwt.secrets.list')))).toBe(LIST_SHA256);
  });

  it('carries the list licence beside it', () => {
    expect(readFileSync(fromRoot('public/known-secrets/jwt.secrets.list.LICENSE'), 'utf8')).toBe(
      readFileSync(fromRoot('data/jwt.secrets.list.LICENSE'), 'utf8'),
    );
  });
});

describe('loadSecretList', () => {
  const fetchMock = vi.fn<typeof fetch>();
  // A fresh module per test: the memo lives for the page, i.e. the module instance.
  const importLoader = async () => (await import('@/audit/load-secret-list')).loadSecretList;

  beforeEach(() => {
    vi.resetModules();
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches the gzip from the base URL, inflates and parses it, once per page', async () => {
    fetchMock.mockImplementation(async () => new Response(GZ));
    const loadSecretList = await importLoader();
    const [first, second] = await Promise.all([loadSecretList(), loadSecretList()]);
    const third = await loadSecretList();
    expect(first.size).toBe(103_781);
    expect(first.has('your-256-bit-secret')).toBe(true);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/known-secrets/jwt.secrets.list.gz');
  });

  it('accepts a body the browser already inflated (served with Content-Encoding: gzip)', async () => {
    fetchMock.mockImplementation(async () => new Response('\r\nsecret\r\nshhhhh\r\n'));
    const list = await (await importLoader())();
    expect([...list]).toEqual(['secret', 'shhhhh']);
  });

  it('rejects when the file is missing, and tries again on the next call', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('not found', { status: 404 }));
    fetchMock.mockImplementationOnce(async () => new Response(GZ));
    const loadSecretList = await importLoader();
    await expect(loadSecretList()).rejects.toThrow(/could not be loaded \(HTTP 404/);
    expect((await loadSecretList()).size).toBe(103_781);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
