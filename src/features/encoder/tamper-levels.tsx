import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';
import type { TamperAnalysis } from '@/jwt/tamper';
import { MarkedRows } from './marked-rows';
import { SignatureComparison } from './signature-comparison';

function Level({
  n,
  title,
  children,
}: {
  readonly n: number;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <Box component="li" sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {n}. {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The edit at three levels, one under the other: the JSON, the base64url payload segment, the signature. */
export function TamperLevels({ analysis }: { readonly analysis: TamperAnalysis }) {
  const { json, segment, signature } = analysis.levels;
  return (
    <Box
      component="ol"
      aria-label="The edit at three levels"
      sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2.5 }}
    >
      <Level n={1} title="The JSON: one value changed">
        <MarkedRows
          rows={[
            { label: 'Signed', text: json.signed, marks: json.signedMarks },
            { label: 'Edited', text: json.edited, marks: json.editedMarks },
          ]}
        />
      </Level>
      <Level n={2} title="The base64url payload segment: changed from the first changed character">
        <MarkedRows
          rows={[
            {
              label: 'Signed',
              text: segment.signed,
              marks: segment.signedMarks,
              color: SEGMENT_COLORS.payload,
            },
            {
              label: 'Edited',
              text: segment.edited,
              marks: segment.editedMarks,
              color: SEGMENT_COLORS.payload,
            },
          ]}
        />
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {segment.why}
        </Typography>
      </Level>
      <Level n={3} title="The signature: presented vs recomputed">
        <SignatureComparison analysis={analysis} />
        {signature.summary ? (
          <Typography variant="body2">{signature.summary}</Typography>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Without the signing key no signature can be recomputed to compare with.
          </Typography>
        )}
      </Level>
    </Box>
  );
}
