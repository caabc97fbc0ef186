import { useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { SegmentRole } from '@/jwt/decoded-token';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';
import { splitForColour } from '@/components/token-view/split-for-colour';

/** Past this size the coloured backdrop is dropped: laying out a megabyte twice would stall typing. */
const COLOUR_LIMIT = 200_000;
const MIN_HEIGHT = 120;
/**
 * The field grows with its token up to this share of the window: an 836-character RS256 token fits
 * whole on a laptop; on a phone the field stops at a third, so the decoded parts stay close below.
 */
const maxHeightShare = (width: number) => (width < 600 ? 0.34 : 0.6);

/** Sizes the field to its text, between MIN_HEIGHT and its share of the window. */
function fitHeight(element: HTMLTextAreaElement, length: number): void {
  const max = Math.max(MIN_HEIGHT, Math.round(window.innerHeight * maxHeightShare(window.innerWidth)));
  if (length > COLOUR_LIMIT) {
    // Measuring a megabyte of wrapped text would stall the page: a huge token gets the full height.
    element.style.height = `${max}px`;
    return;
  }
  element.style.height = 'auto';
  const borders = element.offsetHeight - element.clientHeight;
  element.style.height = `${Math.min(max, Math.max(MIN_HEIGHT, element.scrollHeight + borders))}px`;
}

/** Whether an input event brought several characters at once (paste, drop, fill) rather than one keystroke. */
function isWholeInsert(event: Event): boolean {
  if (!(event instanceof InputEvent)) return true;
  if (event.inputType.startsWith('insertFrom') || event.inputType === 'insertReplacementText') return true;
  return (event.data?.length ?? 0) > 1;
}

interface TokenInputProps {
  readonly value: string;
  /** `wholeInsert`: several characters arrived at once (a paste, a drop, an autofill), not a keystroke. */
  readonly onChange: (value: string, wholeInsert: boolean) => void;
  readonly activeRole: SegmentRole | 'extra' | null;
  readonly describedBy: string;
  readonly invalid: boolean;
  /** The part the caret is in (or null when the field loses focus): its decoded panel lights up. */
  readonly onCaretRole: (role: SegmentRole | 'extra' | null) => void;
}

/** Which coloured part holds character `index` of the text (the dots belong to neither side). */
function roleAt(parts: readonly { role: SegmentRole | 'extra'; text: string }[], index: number) {
  let start = 0;
  for (const part of parts) {
    if (index >= start && index <= start + part.text.length) return part.role;
    start += part.text.length + 1;
  }
  return null;
}

const sharedText: CSSProperties = {
  fontFamily: 'var(--jwt-lab-mono)',
  fontSize: 14,
  lineHeight: '22px',
  padding: '12px 14px',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  overflowWrap: 'anywhere',
  scrollbarGutter: 'stable',
  boxSizing: 'border-box',
  letterSpacing: 0,
};

/**
 * The encoded-token field: a native <textarea> (stable test hook `token-input`) over a backdrop that
 * paints each segment in its colour. The backdrop is aria-hidden; the textarea holds the real text.
 */
export function TokenInput({
  value,
  onChange,
  activeRole,
  describedBy,
  invalid,
  onCaretRole,
}: TokenInputProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const colouredParts = useMemo(() => (value.length <= COLOUR_LIMIT ? splitForColour(value) : null), [value]);
  const coloured = colouredParts !== null;
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    fitHeight(element, value.length);
    // The same text takes more lines in a narrower field (a phone turned, a window resized, the page
    // re-laid out after the resize event: a column dropped, a scrollbar come or gone). The field's own
    // width is watched, not the window's; a height change (fitHeight's own) is not a reason to refit.
    let width = element.clientWidth;
    const refit = () => fitHeight(element, element.value.length);
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      refit();
    });
    observer.observe(element);
    window.addEventListener('resize', refit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', refit);
    };
  }, [value]);
  return (
    <Box>
      <Typography
        component="label"
        htmlFor="token-input"
        variant="subtitle2"
        sx={{ display: 'block', mb: 0.75 }}
      >
        Encoded token
      </Typography>
      <Box sx={{ position: 'relative' }}>
        {coloured && (
          <Box
            ref={backdrop}
            aria-hidden
            sx={{
              position: 'absolute',
              inset: 0,
              overflow: 'hidden',
              border: '1px solid transparent',
              pointerEvents: 'none',
            }}
            style={sharedText}
          >
            {colouredParts.map((part, index) => (
              <span key={index}>
                {index > 0 && (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    .
                  </Box>
                )}
                <Box
                  component="span"
                  sx={(theme: Theme) => ({
                    color: SEGMENT_COLORS[part.role].light,
                    borderRadius: '3px',
                    bgcolor: activeRole === part.role ? 'action.selected' : 'transparent',
                    ...theme.applyStyles('dark', { color: SEGMENT_COLORS[part.role].dark }),
                  })}
                >
                  {part.text}
                </Box>
              </span>
            ))}
            {'\n'}
          </Box>
        )}
        <Box
          component="textarea"
          ref={field}
          id="token-input"
          data-testid="token-input"
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={4}
          placeholder="Paste a token: header.payload.signature — a Bearer prefix, quotes or line breaks are fine"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value, isWholeInsert(event.nativeEvent))}
          onSelect={(event) => {
            if (colouredParts) onCaretRole(roleAt(colouredParts, event.currentTarget.selectionStart));
          }}
          onBlur={() => onCaretRole(null)}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
          style={sharedText}
          sx={{
            display: 'block',
            width: '100%',
            minHeight: MIN_HEIGHT,
            resize: 'vertical',
            position: 'relative',
            bgcolor: 'transparent',
            color: coloured ? 'transparent' : 'text.primary',
            caretColor: (theme: Theme) => theme.palette.text.primary,
            border: 1,
            borderColor: invalid ? 'error.main' : 'divider',
            borderRadius: 1,
            outline: 'none',
            '&:focus-visible': {
              borderColor: 'primary.main',
              boxShadow: (theme: Theme) => `0 0 0 2px ${theme.palette.primary.main}40`,
            },
            '&::placeholder': { color: 'text.secondary', opacity: 1 },
            '&::selection': {
              bgcolor: 'primary.main',
              color: coloured ? 'transparent' : 'primary.contrastText',
            },
          }}
        />
      </Box>
    </Box>
  );
}
