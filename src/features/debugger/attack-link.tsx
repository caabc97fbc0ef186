import Link from '@mui/material/Link';
import type { AttackId } from '@/attacks/experiment';
import type { ErrorCode } from '@/core/errors';
import type { WarningCode } from '@/jwt/warning-model';
import { navigateTo } from '@/lib/navigate';

/** Which `/attacks` experiment shows what a warning warns about. */
const ATTACK_FOR_WARNING: Partial<Record<WarningCode, AttackId>> = {
  ALG_NONE: 'alg-none',
  HEADER_JWK: 'embedded-jwk',
  HEADER_JKU: 'jku',
  HEADER_X5U: 'jku',
  SECRET_TOO_SHORT: 'weak-secret',
  SECRET_KNOWN: 'weak-secret',
  EXP_MISSING: 'claims-unchecked',
  TOKEN_EXPIRED: 'claims-unchecked',
  TOKEN_NOT_YET_VALID: 'claims-unchecked',
};

/** Which experiment shows the attack a verification error refused. */
const ATTACK_FOR_ERROR: Partial<Record<ErrorCode, AttackId>> = {
  ALG_NONE: 'alg-none',
  KEY_ALG_MISMATCH: 'alg-confusion',
};

/** The experiment for a warning or an error code, if one shows it. */
function attackFor(code: WarningCode | ErrorCode): AttackId | undefined {
  return ATTACK_FOR_WARNING[code as WarningCode] ?? ATTACK_FOR_ERROR[code as ErrorCode];
}

/** "See the attack": opens the matching experiment on `/attacks`, in the app (no reload). */
export function AttackLink({ code }: { readonly code: WarningCode | ErrorCode }) {
  const id = attackFor(code);
  if (!id) return null;
  const path = `/attacks#${id}`;
  return (
    <Link
      href={path}
      data-attack-link={id}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigateTo(path);
      }}
    >
      See the attack
    </Link>
  );
}
