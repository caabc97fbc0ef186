import { extractToken, type ExtractedToken } from '@/jwt/extract-token';
import { isEditedToken, isLocalEdit } from '@/jwt/edit-or-replace';
import type { SecretEncoding } from '@/keys/key-types';

/** A paste that the debugger cleaned: the field shows `cleaned`; "Undo" puts `asPasted` back. */
export interface Cleanup extends ExtractedToken {
  readonly asPasted: string;
}

/** The debugger's raw inputs, and who they belong to. */
export interface DebuggerInputs {
  readonly tokenText: string;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** Who chose the encoding: only the user's own choice survives a new secret. */
  readonly encodingFrom: 'default' | 'example' | 'user';
  /** The example token whose key is in the key field; the key goes when that token is replaced. */
  readonly exampleToken: string | null;
  /** Said beside the key field after the example's key left with its token. */
  readonly keyNote: string | null;
  readonly cleanup: Cleanup | null;
}

export type DebuggerAction =
  /** `wholeInsert`: a paste, drop or fill (several characters at once), which is cleaned up. */
  | { readonly type: 'token'; readonly text: string; readonly wholeInsert: boolean }
  | { readonly type: 'undo-cleanup' }
  /**
   * The inner token of a nested JWT, opened from its decoded payload: the key stays for the inner layer,
   * unless the outer token was encrypted — its decryption key does not verify the inner signature.
   */
  | { readonly type: 'nested'; readonly token: string; readonly fromEncrypted?: boolean }
  | { readonly type: 'key'; readonly text: string }
  | { readonly type: 'encoding'; readonly encoding: SecretEncoding }
  /** An example, or a token handed over with its key: the key belongs to that token. */
  | {
      readonly type: 'example';
      readonly token: string;
      readonly key: string;
      readonly encoding: SecretEncoding;
    }
  /**
   * The default example was re-signed fresh: it keeps its key. Applies only while the inputs are still
   * `from`, the page's untouched starting inputs: the signing is async, and a user who has typed, pasted
   * (even the same token again) or cleared the key since must keep what they did.
   */
  | { readonly type: 'fresh-example'; readonly from: DebuggerInputs; readonly fresh: string };

const DECRYPTION_KEY_LEFT =
  'The decryption key stays with the encrypted token: paste the key that verifies this inner token (it was signed before it was encrypted, usually by someone else).';

const EXAMPLE_KEY_GONE =
  "The example's key went with the example token. Paste the key that verifies your token.";

/** Starts the debugger with a token and, when it came with one, its key. */
export function initialInputs(token: string, key: string, encoding: SecretEncoding): DebuggerInputs {
  return {
    tokenText: token,
    keyText: key,
    encoding: key === '' ? 'utf8' : encoding,
    encodingFrom: key === '' ? 'default' : 'example',
    exampleToken: key === '' ? null : token,
    keyNote: null,
    cleanup: null,
  };
}

/** The debugger's input rules: the example owns its key; encodings follow the user; pastes are cleaned. */
export function debuggerInputsReducer(state: DebuggerInputs, action: DebuggerAction): DebuggerInputs {
  switch (action.type) {
    case 'token':
      return dropExampleKey(withToken(state, action.text, action.wholeInsert));
    case 'nested':
      return {
        ...state,
        tokenText: action.token,
        cleanup: null,
        exampleToken: null,
        ...(action.fromEncrypted && {
          keyText: '',
          keyNote: DECRYPTION_KEY_LEFT,
          ...(state.encodingFrom !== 'user' && { encoding: 'utf8', encodingFrom: 'default' }),
        }),
      };
    case 'undo-cleanup':
      return state.cleanup ? { ...state, tokenText: state.cleanup.asPasted, cleanup: null } : state;
    case 'key': {
      const replaced = !isLocalEdit(action.text, state.keyText);
      const resetEncoding = replaced && state.encodingFrom !== 'user';
      return {
        ...state,
        keyText: action.text,
        exampleToken: null,
        keyNote: null,
        ...(resetEncoding ? { encoding: 'utf8', encodingFrom: 'default' } : {}),
      };
    }
    case 'encoding':
      return { ...state, encoding: action.encoding, encodingFrom: 'user' };
    case 'example':
      return initialInputs(action.token, action.key, action.encoding);
    case 'fresh-example':
      if (state !== action.from) return state;
      return {
        ...state,
        tokenText: action.fresh,
        exampleToken: state.exampleToken === state.tokenText ? action.fresh : state.exampleToken,
      };
  }
}

function withToken(state: DebuggerInputs, text: string, wholeInsert: boolean): DebuggerInputs {
  if (wholeInsert) {
    const extracted = extractToken(text);
    if (extracted.token !== '' && extracted.token !== text.trim())
      return { ...state, tokenText: extracted.token, cleanup: { ...extracted, asPasted: text } };
  }
  return { ...state, tokenText: text, cleanup: null };
}

function dropExampleKey(state: DebuggerInputs): DebuggerInputs {
  if (state.exampleToken === null) return state;
  if (isEditedToken(extractToken(state.tokenText).token, state.exampleToken)) return state;
  return {
    ...state,
    keyText: '',
    encoding: state.encodingFrom === 'user' ? state.encoding : 'utf8',
    encodingFrom: state.encodingFrom === 'user' ? 'user' : 'default',
    exampleToken: null,
    keyNote: EXAMPLE_KEY_GONE,
  };
}
