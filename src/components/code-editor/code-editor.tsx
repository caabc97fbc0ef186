import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import type { JsonEditorHandle } from './monaco-loader';
import { CODE_FONT_SIZE, CODE_LINE_HEIGHT, CODE_PADDING, EDITOR_VALUE_PROPERTY } from './code-editor-style';
import { useEditorColors } from './use-editor-colors';

export interface CodeEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly language: 'json';
  /** A schema the editor knows, such as JOSE_HEADER_SCHEMA_URI; other URIs get plain JSON checks. */
  readonly schemaUri?: string;
  readonly ariaLabel: string;
  readonly testId?: string;
  readonly height?: number | string;
  readonly readOnly?: boolean;
}

// import() keeps Monaco out of the entry chunk: the first screen paints before the editor library loads.
const loadMonaco = () => import('./monaco-loader');

/**
 * A JSON code editor: a plain textarea at once, replaced by Monaco (completion, hover docs and
 * schema checks) as soon as its chunk has loaded. `data-editor-state` says which one is showing.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { value, onChange, schemaUri, ariaLabel, testId, height = 240, readOnly = false } = props;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const placeholderRef = useRef<HTMLTextAreaElement>(null);
  const [handle, setHandle] = useState<JsonEditorHandle | null>(null);
  const colors = useEditorColors();
  const latest = useRef({ value, onChange, readOnly, ariaLabel, colors });
  useEffect(() => {
    latest.current = { value, onChange, readOnly, ariaLabel, colors };
  });

  useEffect(() => {
    let disposed = false;
    let mounted: JsonEditorHandle | undefined;
    loadMonaco().then(
      ({ mountJsonEditor }) => {
        const host = hostRef.current;
        if (disposed || !host) return;
        const placeholder = placeholderRef.current;
        const hadFocus = placeholder !== null && document.activeElement === placeholder;
        const { value: text, readOnly: locked, ariaLabel: label, colors: initialColors } = latest.current;
        mounted = mountJsonEditor(host, {
          value: text,
          schemaUri,
          ariaLabel: label,
          readOnly: locked,
          colors: initialColors,
          onChange: (next) => latest.current.onChange(next),
        });
        if (hadFocus) mounted.focusAt(placeholder.selectionStart);
        setHandle(mounted);
      },
      (error: unknown) => {
        // The textarea stays and keeps working; only completion and hover docs are lost.
        console.error('The code editor could not load; the plain text field stays.', error);
      },
    );
    return () => {
      disposed = true;
      mounted?.dispose();
      setHandle(null);
    };
  }, [schemaUri]);

  useEffect(() => {
    handle?.setValue(value);
  }, [handle, value]);
  useEffect(() => {
    handle?.updateOptions({ readOnly, ariaLabel });
  }, [handle, readOnly, ariaLabel]);
  useEffect(() => {
    handle?.applyColors(colors);
  }, [handle, colors]);
  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper || !handle) return undefined;
    Object.defineProperty(wrapper, EDITOR_VALUE_PROPERTY, { configurable: true, get: handle.getValue });
    return () => {
      Reflect.deleteProperty(wrapper, EDITOR_VALUE_PROPERTY);
    };
  }, [handle]);

  return (
    <Box
      ref={wrapperRef}
      data-testid={testId}
      data-editor-state={handle ? 'ready' : 'loading'}
      sx={{
        position: 'relative',
        height,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        overflow: 'hidden',
        bgcolor: 'background.paper',
        '&:focus-within': { borderColor: 'primary.main' },
      }}
    >
      <Box ref={hostRef} sx={{ position: 'absolute', inset: 0 }} />
      {!handle && (
        <Box
          component="textarea"
          ref={placeholderRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          readOnly={readOnly}
          aria-label={ariaLabel}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          sx={{
            position: 'absolute',
            inset: 0,
            width: '100%',
            height: '100%',
            boxSizing: 'border-box',
            m: 0,
            border: 0,
            outline: 'none',
            resize: 'none',
            py: `${CODE_PADDING}px`,
            px: 1.5,
            fontFamily: 'var(--jwt-lab-mono, monospace)',
            fontSize: CODE_FONT_SIZE,
            lineHeight: `${CODE_LINE_HEIGHT}px`,
            color: 'text.primary',
            bgcolor: 'background.paper',
          }}
        />
      )}
    </Box>
  );
}
