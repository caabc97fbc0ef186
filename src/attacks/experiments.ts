import { ALG_CONFUSION } from './alg-confusion';
import { ALG_NONE } from './alg-none';
import { CLAIMS_UNCHECKED } from './claims-unchecked';
import { CROSS_SERVICE } from './cross-service';
import { DECODE_NOT_VERIFY } from './decode-not-verify';
import { EMBEDDED_JWK } from './embedded-jwk';
import type { AttackExperiment } from './experiment';
import { JKU } from './jku';
import { KID_INJECTION } from './kid-injection';
import { LEAKED_SECRET } from './leaked-secret';
import { PAYLOAD_IS_PUBLIC } from './payload-is-public';
import { PSYCHIC_SIGNATURE } from './psychic-signature';
import { WEAK_SECRET } from './weak-secret';

/** Every experiment of `/attacks`, in the order of issue 11. */
export const ATTACK_EXPERIMENTS: readonly AttackExperiment[] = [
  ALG_NONE,
  ALG_CONFUSION,
  EMBEDDED_JWK,
  JKU,
  KID_INJECTION,
  WEAK_SECRET,
  PSYCHIC_SIGNATURE,
  CLAIMS_UNCHECKED,
  DECODE_NOT_VERIFY,
  CROSS_SERVICE,
  PAYLOAD_IS_PUBLIC,
  LEAKED_SECRET,
];
