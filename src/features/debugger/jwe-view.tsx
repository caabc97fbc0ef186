import { useMemo } from 'react';
import Stack from '@mui/material/Stack';
import type { DecodedToken, SegmentRole } from '@/jwt/decoded-token';
import type { Decryption } from '@/jwe/decryption';
import { parseJweStructure } from '@/jwe/jwe-structure';
import { JweHeaderExplained } from './jwe-header-explained';
import { JweParts } from './jwe-parts';
import { JwePlaintext } from './jwe-plaintext';

/** What the debugger knows about the JWE on screen (from `useDebuggerState().jwe`). */
export interface JweViewState {
  readonly tokenText: string;
  readonly decryption: Decryption | null;
  readonly p2cLimit: number;
}

interface JweViewProps {
  readonly token: DecodedToken;
  readonly jwe: JweViewState;
  readonly activeRole: SegmentRole | 'extra' | null;
  readonly onOpenNested: (token: string) => void;
}

/**
 * A JWE below its protected header: the header explained, the encrypted parts, and the plaintext once
 * decrypted. Loaded only when the token is a JWE (the debugger's first download has a budget).
 */
export function JweView({ token, jwe, activeRole, onOpenNested }: JweViewProps) {
  const structure = useMemo(() => {
    const parsed = parseJweStructure(jwe.tokenText);
    return parsed.ok ? parsed.value : null;
  }, [jwe.tokenText]);
  return (
    <Stack spacing={2}>
      <JwePlaintext
        decryption={jwe.decryption}
        active={activeRole === 'payload'}
        onOpenNested={onOpenNested}
      />
      {structure && (
        <JweHeaderExplained structure={structure} decryption={jwe.decryption} p2cLimit={jwe.p2cLimit} />
      )}
      <JweParts token={token} structure={structure} activeRole={activeRole} />
    </Stack>
  );
}
