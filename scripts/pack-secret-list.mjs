// Packs the wallarm/jwt-secrets list for the browser: gzip (level 9) into public/known-secrets/,
// with its MIT licence beside it (the licence must travel with every copy).
// Usage: node scripts/pack-secret-list.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const LIST = new URL('data/jwt.secrets.list', root);
const LICENSE = new URL('data/jwt.secrets.list.LICENSE', root);
const OUT_DIR = new URL('public/known-secrets/', root);
const OUT_LIST = new URL('jwt.secrets.list.gz', OUT_DIR);
const OUT_LICENSE = new URL('jwt.secrets.list.LICENSE', OUT_DIR);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const input = readFileSync(LIST);
// Node writes mtime 0 into the gzip header, so the same input always packs to the same bytes.
const packed = gzipSync(input, { level: 9 });
if (!gunzipSync(packed).equals(input)) throw new Error('gzip round trip changed the list');

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT_LIST, packed);
copyFileSync(LICENSE, OUT_LICENSE);

console.log(
  `packed ${input.length} bytes (sha256 ${sha256(input)}) into ${packed.length} bytes: public/known-secrets/jwt.secrets.list.gz`,
);
