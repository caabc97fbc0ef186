import { useState, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { parseWordlist } from '@/audit/wordlist';
import type { LabError } from '@/core/errors';
import type { Wordlist } from './audit-source';
import { FieldErrorText } from './field-error-text';
import { formatCount } from './format';

interface WordlistDropProps {
  readonly wordlist: Wordlist | null;
  readonly onLoad: (wordlist: Wordlist) => void;
}

/** A wordlist dropped or chosen, read in this page with File.text(): one candidate per line. */
export function WordlistDrop({ wordlist, onLoad }: WordlistDropProps) {
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<LabError | undefined>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    const words = parseWordlist(await file.text());
    if (!words.ok) return setError(words.error);
    setError(undefined);
    onLoad({ fileName: file.name, words: words.value });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  };
  return (
    <Box>
      <Box
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{
          p: 2,
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 1,
          textAlign: 'center',
          bgcolor: dragging ? 'action.hover' : 'transparent',
        }}
      >
        <UploadFileIcon aria-hidden sx={{ color: 'text.secondary' }} />
        <Typography variant="body2" sx={{ mb: 1 }}>
          Drop a wordlist here (one secret per line), or choose a file. It is read in this page, never
          uploaded.
        </Typography>
        <Box
          component="input"
          type="file"
          id="wordlist-file"
          aria-label="Wordlist file"
          aria-describedby="wordlist-error"
          accept=".txt,.lst,.list,.dic,text/plain"
          onChange={(event) => void read(event.target.files?.[0])}
          sx={{ maxWidth: '100%', font: 'inherit', fontSize: 14 }}
        />
      </Box>
      {wordlist && (
        <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
          Loaded <strong>{wordlist.fileName}</strong>: {formatCount(wordlist.words.length)} candidates.
        </Typography>
      )}
      <FieldErrorText id="wordlist-error" error={error} />
    </Box>
  );
}
