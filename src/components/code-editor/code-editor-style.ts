/** Text metrics shared by Monaco and its placeholder textarea, so nothing jumps when Monaco arrives. */
export const CODE_FONT_SIZE = 13;
export const CODE_LINE_HEIGHT = 20;
/** Space above the first line and below the last, in pixels. */
export const CODE_PADDING = 8;

/**
 * The wrapper property through which end-to-end tests read the full text (Monaco renders only the
 * visible lines into the DOM). e2e/support/monaco.ts reads the same name.
 */
export const EDITOR_VALUE_PROPERTY = 'jwtLabEditorValue';
