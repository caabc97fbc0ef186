import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { CopyButton } from '@/components/copy-button/copy-button';
import { JsonView } from '@/components/json-view/json-view';
import { ColoredToken } from '@/components/token-view/colored-token';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';
import { decodeToken } from '@/jwt/decode';
import type { SegmentRole } from '@/jwt/decoded-token';

interface ForgedTokenViewProps {
  readonly attackId: string;
  readonly token: string;
  /** The genuine token the attacker started from, when there is one. */
  readonly genuineToken?: string;
}

/** The token exactly as sent to both verifiers, coloured by segment, with its header and payload decoded. */
export function ForgedTokenView({ attackId, token, genuineToken }: ForgedTokenViewProps) {
  const decoded = decodeToken(token);
  const header = decoded.header;
  const payload = decoded.payload;
  const signature = decoded.segments.find((segment) => segment.role === 'signature');
  const headingId = `${attackId}-token-title`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ minWidth: 0 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 0.5, flexWrap: 'wrap' }}
      >
        <Typography id={headingId} variant="subtitle2" component="h3" sx={{ fontWeight: 700 }}>
          The token both verifiers received
        </Typography>
        <CopyButton text={token} label="Copy token" />
      </Stack>
      <ColoredToken token={token} testId="forged-token" label="The forged token, by segment" />
      {genuineToken !== undefined && genuineToken !== token && (
        <Box component="details" sx={{ mt: 1 }}>
          <Box
            component="summary"
            sx={{ cursor: 'pointer', typography: 'body2', color: 'text.secondary', width: 'fit-content' }}
          >
            The genuine token the attacker started from
          </Box>
          <Box sx={{ mt: 0.5 }}>
            <ColoredToken token={genuineToken} label="The genuine token, by segment" />
          </Box>
        </Box>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          // The signature sits under the header, beside a payload that is usually the longest part.
          gridTemplateAreas: {
            xs: '"header" "payload" "signature"',
            md: '"header payload" "signature payload"',
          },
          gridTemplateRows: { md: 'auto 1fr' },
          gap: 1.5,
          alignItems: 'start',
          mt: 1.5,
        }}
      >
        <Segment role="header" title="Header">
          <JsonView
            text={header?.pretty ?? header?.text ?? '(not decodable)'}
            json={Boolean(header?.value)}
            label="Decoded header of the forged token"
          />
        </Segment>
        <Segment role="payload" title="Payload">
          <JsonView
            text={payload?.pretty ?? payload?.text ?? payload?.hex ?? '(not decodable)'}
            json={Boolean(payload?.isJson)}
            label="Decoded payload of the forged token"
          />
        </Segment>
        <Segment role="signature" title="Signature" note={describeSignature(signature?.byteLength ?? null)} />
      </Box>
    </Box>
  );
}

function describeSignature(bytes: number | null): string {
  if (bytes === null) return 'not base64url';
  if (bytes === 0) return 'empty: no signature at all';
  return `${bytes.toLocaleString('en-US')} bytes`;
}

interface SegmentProps {
  readonly role: SegmentRole;
  readonly title: string;
  readonly note?: string;
  readonly children?: ReactNode;
}

function Segment({ role, title, note, children }: SegmentProps) {
  return (
    <Box
      sx={(theme: Theme) => ({
        gridArea: role,
        minWidth: 0,
        pl: 1.25,
        borderLeft: 3,
        borderLeftColor: SEGMENT_COLORS[role].light,
        ...theme.applyStyles('dark', { borderLeftColor: SEGMENT_COLORS[role].dark }),
      })}
    >
      <Typography variant="body2" sx={{ fontWeight: 600, mb: children ? 0.5 : 0 }}>
        {title}
        {note && (
          <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
            {' '}
            — {note}
          </Box>
        )}
      </Typography>
      {children}
    </Box>
  );
}
