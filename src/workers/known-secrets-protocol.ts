import type { KnownSecretMatch } from '@/audit/secret-list';

/** Ask the known-secrets worker whether any of these secret texts is publicly known. */
export interface KnownSecretRequest {
  readonly id: number;
  readonly candidates: readonly string[];
}

/** The first candidate found (with where it was published), or null; `error` if the list failed to load. */
export interface KnownSecretResponse {
  readonly id: number;
  readonly match: KnownSecretMatch | null;
  readonly error?: string;
}
