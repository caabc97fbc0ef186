import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import TerminalIcon from '@mui/icons-material/Terminal';
import { exportHashcat, type HashcatAttack } from '@/audit/hashcat-export';
import { CodeBlock } from '@/components/code-block/code-block';
import { downloadText } from './download-text';

interface HashcatExportBoxProps {
  readonly token: string | null;
  readonly attack: HashcatAttack | null;
}

/** "Export for hashcat": the -m 16500 command line and the hash file, for spaces a browser cannot finish. */
export function HashcatExportBox({ token, attack }: HashcatExportBoxProps) {
  const [open, setOpen] = useState(false);
  const exported = token && attack ? exportHashcat(token, attack) : null;
  return (
    <Box>
      <Button
        variant="outlined"
        startIcon={<TerminalIcon />}
        disabled={!exported}
        aria-expanded={open && exported !== null}
        onClick={() => setOpen((shown) => !shown)}
      >
        Export for hashcat
      </Button>
      {open && exported && (
        <Stack spacing={1.5} sx={{ mt: 1.5 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            hashcat mode 16500 takes the token itself as the hash and runs the same attack on a GPU, thousands
            of times faster than a browser. Save the hash file, then run:
          </Typography>
          <CodeBlock label="Command line" text={exported.command} />
          <CodeBlock
            label={`Hash file (${exported.hashFileName})`}
            text={exported.hashFile}
            maxHeight={120}
            actions={
              <Button
                size="small"
                variant="outlined"
                startIcon={<DownloadIcon />}
                aria-label={`Download ${exported.hashFileName}`}
                onClick={() => downloadText(exported.hashFileName, exported.hashFile)}
              >
                {exported.hashFileName}
              </Button>
            }
          />
        </Stack>
      )}
    </Box>
  );
}
