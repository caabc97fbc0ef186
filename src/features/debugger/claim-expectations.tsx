import Box from '@mui/material/Box';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';

interface ClaimExpectationsProps {
  readonly issuer: string;
  readonly onIssuerChange: (value: string) => void;
  readonly audience: string;
  readonly onAudienceChange: (value: string) => void;
  readonly skewSeconds: number;
  readonly onSkewChange: (value: number) => void;
}

/** What the verifier expects of the claims (issuer, audience) and how much clock drift it forgives. */
export function ClaimExpectations(props: ClaimExpectationsProps) {
  const { issuer, onIssuerChange, audience, onAudienceChange, skewSeconds, onSkewChange } = props;
  return (
    <Box
      component="fieldset"
      sx={{
        m: 0,
        p: 0,
        border: 0,
        minWidth: 0,
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      <Box component="legend" sx={{ typography: 'subtitle2', p: 0, mb: 1 }}>
        Claim checks (what your API's verifier expects)
      </Box>
      <NativeField id="expected-issuer" label="Expected issuer (optional)" help="Compared exactly with iss">
        <Box
          component="input"
          id="expected-issuer"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://login.example.com/"
          value={issuer}
          aria-describedby="expected-issuer-help"
          onChange={(event) => onIssuerChange(event.target.value)}
          sx={NATIVE_INPUT_SX}
        />
      </NativeField>
      <NativeField
        id="expected-audience"
        label="Expected audience (optional)"
        help="aud must contain it; separate several with commas"
      >
        <Box
          component="input"
          id="expected-audience"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="api://orders"
          value={audience}
          aria-describedby="expected-audience-help"
          onChange={(event) => onAudienceChange(event.target.value)}
          sx={NATIVE_INPUT_SX}
        />
      </NativeField>
      <NativeField id="clock-skew" label="Clock skew allowance (seconds)" help="Leeway for exp and nbf">
        <Box
          component="input"
          id="clock-skew"
          type="number"
          inputMode="numeric"
          min={0}
          max={86400}
          step={30}
          value={skewSeconds}
          aria-describedby="clock-skew-help"
          onChange={(event) => onSkewChange(Math.max(0, Math.min(86_400, Number(event.target.value) || 0)))}
          sx={NATIVE_INPUT_SX}
        />
      </NativeField>
    </Box>
  );
}
