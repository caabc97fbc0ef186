import { parseSecretList } from '@/audit/secret-list';

/** Path of the packed list under the app's base URL (made by scripts/pack-secret-list.mjs). */
export const SECRET_LIST_PATH = 'known-secrets/jwt.secrets.list.gz';

let pending: Promise<ReadonlySet<string>> | null = null;

/**
 * Loads the known-secret list from the same origin, once per page: later calls share the first
 * request. Rejects when the file cannot be fetched; the next call then tries again.
 */
export function loadSecretList(): Promise<ReadonlySet<string>> {
  pending ??= fetchSecretList().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function fetchSecretList(): Promise<ReadonlySet<string>> {
  const response = await fetch(`${import.meta.env.BASE_URL}${SECRET_LIST_PATH}`);
  if (!response.ok) {
    throw new Error(
      `The known-secret list could not be loaded (HTTP ${response.status} for ${response.url}).`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return parseSecretList(await inflateText(bytes));
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

async function inflateText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  // Some static hosts serve *.gz with `Content-Encoding: gzip`; the browser has then already inflated it.
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
