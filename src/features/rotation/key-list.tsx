import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SimEvent } from '@/rotation/events';
import { formatSimTime, KEY_KIND_ALG, type SimKey, type World } from '@/rotation/world';

interface KeyListProps {
  readonly world: World;
  readonly onAct: (event: SimEvent) => void;
}

/** Every key of the issuer with its life so far, and the steps it can take next. */
export function KeyList({ world, onAct }: KeyListProps) {
  if (world.keys.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No keys yet. Generate one, publish it, then start signing with it.
      </Typography>
    );
  return (
    <Stack component="ul" spacing={1} sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label="Keys">
      {world.keys.map((key) => {
        const retired = key.retiredAt !== undefined;
        const actions: { verb: string; event: SimEvent; disabled: boolean }[] = [
          {
            verb: 'Publish',
            event: { type: 'publishKey', kid: key.kid },
            disabled: key.publishedAt !== undefined || retired,
          },
          {
            verb: 'Start signing',
            event: { type: 'startSigning', kid: key.kid },
            disabled: retired || world.signingKid === key.kid,
          },
          {
            verb: 'Retire',
            event: { type: 'retireKey', kid: key.kid },
            disabled: key.publishedAt === undefined || retired,
          },
          { verb: 'Leak', event: { type: 'leakKey', kid: key.kid }, disabled: key.leakedAt !== undefined },
        ];
        return (
          <Box
            component="li"
            key={key.kid}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25 }}
          >
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              <Box component="span" sx={{ fontFamily: 'var(--jwt-lab-mono)' }}>
                {key.kid}
              </Box>{' '}
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                {KEY_KIND_ALG[key.kind]} · {describeLife(world, key)}
              </Box>
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mt: 0.75 }}>
              {actions.map(({ verb, event, disabled }) => (
                <Button
                  key={verb}
                  size="small"
                  variant="outlined"
                  color={verb === 'Leak' ? 'error' : 'primary'}
                  disabled={disabled}
                  aria-label={`${verb} ${key.kid}`}
                  onClick={() => onAct(event)}
                >
                  {verb}
                </Button>
              ))}
            </Stack>
          </Box>
        );
      })}
    </Stack>
  );
}

function describeLife(world: World, key: SimKey): string {
  const at = (s: number) => formatSimTime(world, s);
  const steps = [`made ${at(key.createdAt)}`];
  if (key.publishedAt !== undefined) steps.push(`published ${at(key.publishedAt)}`);
  if (world.signingKid === key.kid) steps.push('signing now');
  else if (key.signingFrom !== undefined && key.signingUntil !== undefined)
    steps.push(`signed ${at(key.signingFrom)}–${at(key.signingUntil)}`);
  if (key.retiredAt !== undefined) steps.push(`retired ${at(key.retiredAt)}`);
  if (key.leakedAt !== undefined) steps.push(`leaked ${at(key.leakedAt)}`);
  return steps.join(', ');
}
