/**
 * The one module that imports Monaco. CodeEditor loads it with import() on mount, so Vite puts Monaco,
 * its CSS, its codicon font and its workers in lazy chunks and the page paints without them.
 */
import { editor, Uri } from 'monaco-editor/editor';
// Every editor contribution (hover, suggest, find, folding, the codicon font …). The JSON mode would
// pull them in anyway, but only after the editor exists, and contributions attach at creation.
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { listJoseJsonSchemas } from '@/jwt/jose-json-schema';
import { CODE_FONT_SIZE, CODE_LINE_HEIGHT, CODE_PADDING } from './code-editor-style';

// Bundled workers from our own origin: the CSP (worker-src 'self' blob:) allows them, a CDN would not.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) =>
    label === 'json' ? new JsonWorker({ name: 'monaco-json' }) : new EditorWorker({ name: 'monaco-editor' }),
};

/** The file name an editor's model gets for each known schema; fileMatch globs select it. */
const SCHEMA_FILES = new Map(
  listJoseJsonSchemas().map(({ uri }) => [uri, uri.slice(uri.lastIndexOf('/') + 1)]),
);

// Set once, before any model exists: changing these later restarts the JSON worker. The worker
// starts lazily with the first JSON model and validates every open model once it is up, so an
// editor created before the worker is ready still gets its markers.
jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  comments: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'warning',
  schemas: listJoseJsonSchemas().map(({ uri, schema }) => ({
    uri,
    schema,
    fileMatch: [`code-editor/*/${SCHEMA_FILES.get(uri) ?? ''}`],
  })),
});

/** Light or dark, and the background to paint (the MUI paper colour, when it is a plain hex). */
export interface EditorColors {
  readonly dark: boolean;
  readonly background: string | undefined;
}

export interface JsonEditorOptions {
  readonly value: string;
  readonly schemaUri: string | undefined;
  readonly ariaLabel: string;
  readonly readOnly: boolean;
  readonly colors: EditorColors;
  readonly onChange: (text: string) => void;
}

/** What CodeEditor holds on to once Monaco is up. */
export interface JsonEditorHandle {
  readonly getValue: () => string;
  /** Replaces the text as one undoable edit, without echoing it back through onChange. */
  readonly setValue: (text: string) => void;
  readonly updateOptions: (options: { readonly readOnly: boolean; readonly ariaLabel: string }) => void;
  readonly applyColors: (colors: EditorColors) => void;
  /** Focuses the editor with the caret at this character offset (where the placeholder had it). */
  readonly focusAt: (offset: number) => void;
  readonly dispose: () => void;
}

/** Monaco themes are global: the last call wins for every editor on the page, which is what we want. */
function applyEditorColors({ dark, background }: EditorColors): void {
  const name = dark ? 'jwt-lab-dark' : 'jwt-lab-light';
  editor.defineTheme(name, {
    base: dark ? 'vs-dark' : 'vs',
    inherit: true,
    rules: [],
    colors: background ? { 'editor.background': background } : {},
  });
  editor.setTheme(name);
}

function readMonoFont(): string {
  const fromCss = getComputedStyle(document.documentElement).getPropertyValue('--jwt-lab-mono').trim();
  return fromCss || 'ui-monospace, Menlo, Consolas, monospace';
}

let editorCount = 0;

/** Creates a Monaco JSON editor in `host`, its model tied to the schema `schemaUri` names. */
export function mountJsonEditor(host: HTMLElement, options: JsonEditorOptions): JsonEditorHandle {
  editorCount += 1;
  const file = (options.schemaUri && SCHEMA_FILES.get(options.schemaUri)) || 'untyped.json';
  const uri = Uri.parse(`inmemory://jwt-lab/code-editor/${editorCount}/${file}`);
  const model = editor.createModel(options.value, 'json', uri);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  applyEditorColors(options.colors);
  const instance = editor.create(host, {
    model,
    ariaLabel: options.ariaLabel,
    readOnly: options.readOnly,
    automaticLayout: true,
    fixedOverflowWidgets: true,
    fontFamily: readMonoFont(),
    fontSize: CODE_FONT_SIZE,
    lineHeight: CODE_LINE_HEIGHT,
    padding: { top: CODE_PADDING, bottom: CODE_PADDING },
    minimap: { enabled: false },
    stickyScroll: { enabled: false },
    scrollBeyondLastLine: false,
    scrollbar: { alwaysConsumeMouseWheel: false },
    wordWrap: 'on',
    lineNumbersMinChars: 3,
    quickSuggestions: { strings: true, other: true, comments: false },
  });

  let echo = true;
  const subscription = model.onDidChangeContent(() => {
    if (echo) options.onChange(model.getValue());
  });

  return {
    getValue: () => model.getValue(),
    setValue(text) {
      if (text === model.getValue()) return;
      echo = false;
      try {
        // pushEditOperations, not setValue: the change stays undoable, and works when read-only.
        model.pushStackElement();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        model.pushStackElement();
      } finally {
        echo = true;
      }
    },
    updateOptions: ({ readOnly, ariaLabel }) => instance.updateOptions({ readOnly, ariaLabel }),
    applyColors: applyEditorColors,
    focusAt(offset) {
      const position = model.getPositionAt(offset);
      instance.setPosition(position);
      instance.revealPosition(position);
      instance.focus();
    },
    dispose() {
      subscription.dispose();
      instance.dispose();
      model.dispose();
    },
  };
}
