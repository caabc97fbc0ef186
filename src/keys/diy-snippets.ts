/**
 * "Do it yourself" commands for making the same secrets and key pairs outside this page, in a
 * terminal and in common languages. Every one draws from the operating system's CSPRNG.
 */
import type { KeyPairKind } from './generate-key-pair';

/** The syntax-highlighting language of a snippet. */
export type SnippetLanguage = 'shell' | 'javascript' | 'python' | 'go' | 'java' | 'csharp';

/** One ready-to-copy snippet. */
export interface Snippet {
  readonly label: string;
  readonly language: SnippetLanguage;
  readonly code: string;
}

/** A snippet whose code depends on a parameter (a size in bytes, a key kind). */
export interface SnippetTemplate<P> {
  readonly label: string;
  readonly language: SnippetLanguage;
  readonly code: (parameter: P) => string;
}

/** Where a secret belongs once it is made (PRODUCT.md, "Storage"). */
export const SECRET_STORAGE_NOTE =
  'Store the secret in a secret manager or inject it as an environment variable at deploy time; never put it in source control, client code, URLs, logs or browser storage.';

/** Secret generators, parameterised by the size in bytes. */
export const SECRET_SNIPPETS: readonly SnippetTemplate<number>[] = [
  {
    label: 'OpenSSL (base64)',
    language: 'shell',
    // openssl wraps base64 output every 64 characters (48 bytes); a wrapped secret breaks config files.
    code: (bytes) => `openssl rand -base64 ${bytes}${bytes > 48 ? " | tr -d '\\n'" : ''}`,
  },
  { label: 'OpenSSL (hex)', language: 'shell', code: (bytes) => `openssl rand -hex ${bytes}` },
  {
    label: 'Node.js',
    language: 'shell',
    code: (bytes) =>
      `node -e "console.log(require('node:crypto').randomBytes(${bytes}).toString('base64url'))"`,
  },
  {
    label: 'Python',
    language: 'shell',
    code: (bytes) => `python3 -c "import secrets; print(secrets.token_urlsafe(${bytes}))"`,
  },
  {
    label: 'Go',
    language: 'go',
    code: (bytes) => `package main

import (
\t"crypto/rand"
\t"encoding/base64"
\t"fmt"
)

func main() {
\tkey := make([]byte, ${bytes})
\tif _, err := rand.Read(key); err != nil {
\t\tpanic(err)
\t}
\tfmt.Println(base64.RawURLEncoding.EncodeToString(key))
}`,
  },
  {
    label: 'Java',
    language: 'java',
    code: (bytes) => `byte[] key = new byte[${bytes}];
new java.security.SecureRandom().nextBytes(key);
String secret = java.util.Base64.getUrlEncoder().withoutPadding()
    .encodeToString(key);`,
  },
  {
    label: '.NET (C#)',
    language: 'csharp',
    code: (bytes) => `byte[] key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(${bytes});
string secret = Convert.ToBase64String(key);`,
  },
];

/** The secret generators rendered for a size in bytes. */
export function secretSnippets(bytes: number): Snippet[] {
  return render(SECRET_SNIPPETS, bytes);
}

const rsaBits = (kind: KeyPairKind): string => kind.slice(4);
const PYTHON_EC_CURVES: Readonly<Record<string, string>> = {
  'P-256': 'SECP256R1',
  'P-384': 'SECP384R1',
  'P-521': 'SECP521R1',
};

function opensslGenpkey(kind: KeyPairKind): string {
  if (kind.startsWith('RSA-')) return `-algorithm RSA -pkeyopt rsa_keygen_bits:${rsaBits(kind)}`;
  if (kind === 'Ed25519') return '-algorithm ed25519';
  return `-algorithm EC -pkeyopt ec_paramgen_curve:${kind}`;
}

function nodeArguments(kind: KeyPairKind): string {
  if (kind.startsWith('RSA-')) return `'rsa', { modulusLength: ${rsaBits(kind)} }`;
  if (kind === 'Ed25519') return `'ed25519'`;
  return `'ec', { namedCurve: '${kind}' }`;
}

function pythonGenerate(kind: KeyPairKind): { module: string; call: string } {
  if (kind.startsWith('RSA-')) {
    return {
      module: 'rsa',
      call: `rsa.generate_private_key(public_exponent=65537, key_size=${rsaBits(kind)})`,
    };
  }
  if (kind === 'Ed25519') return { module: 'ed25519', call: 'ed25519.Ed25519PrivateKey.generate()' };
  return { module: 'ec', call: `ec.generate_private_key(ec.${PYTHON_EC_CURVES[kind] ?? ''}())` };
}

/** Key-pair generators, parameterised by the kind of key; each prints or writes PKCS#8 and SPKI PEM. */
export const KEY_PAIR_SNIPPETS: readonly SnippetTemplate<KeyPairKind>[] = [
  {
    label: 'OpenSSL: private key (PKCS#8 PEM)',
    language: 'shell',
    code: (kind) => `openssl genpkey ${opensslGenpkey(kind)} -out private.pem`,
  },
  {
    label: 'OpenSSL: its public key (SPKI PEM)',
    language: 'shell',
    code: () => 'openssl pkey -in private.pem -pubout -out public.pem',
  },
  {
    label: 'Node.js',
    language: 'javascript',
    code: (kind) => `const { generateKeyPairSync } = require('node:crypto');
const { privateKey, publicKey } = generateKeyPairSync(${nodeArguments(kind)});
console.log(privateKey.export({ type: 'pkcs8', format: 'pem' }));
console.log(publicKey.export({ type: 'spki', format: 'pem' }));`,
  },
  {
    label: 'Python (cryptography)',
    language: 'python',
    code: (kind) => {
      const { module, call } = pythonGenerate(kind);
      return `from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ${module}

key = ${call}
print(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode())
print(key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode())`;
    },
  },
];

/** The key-pair generators rendered for one kind of key. */
export function keyPairSnippets(kind: KeyPairKind): Snippet[] {
  return render(KEY_PAIR_SNIPPETS, kind);
}

/** Reading a base64url secret (as generated here) from the JWT_SECRET environment variable. */
export const LOAD_FROM_ENV_SNIPPETS: readonly Snippet[] = [
  {
    label: 'Node.js',
    language: 'javascript',
    code: `const encoded = process.env.JWT_SECRET;
if (!encoded) throw new Error('JWT_SECRET is not set');
const secret = Buffer.from(encoded, 'base64url');`,
  },
  {
    label: 'Python',
    language: 'python',
    code: `import base64
import os

encoded = os.environ["JWT_SECRET"]
secret = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))`,
  },
  {
    label: 'Go',
    language: 'go',
    code: `secret, err := base64.RawURLEncoding.DecodeString(os.Getenv("JWT_SECRET"))
if err != nil || len(secret) == 0 {
\tlog.Fatal("JWT_SECRET is missing or not base64url")
}`,
  },
];

function render<P>(templates: readonly SnippetTemplate<P>[], parameter: P): Snippet[] {
  return templates.map(({ label, language, code }) => ({ label, language, code: code(parameter) }));
}
