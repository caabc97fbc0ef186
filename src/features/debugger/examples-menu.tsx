import { lazy, Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { Example } from '@/jwt/examples';

const ExamplesMenuList = lazy(() =>
  import('./examples-menu-list').then((m) => ({ default: m.ExamplesMenuList })),
);

/** Example tokens for every algorithm (throwaway keys made by scripts/make-examples.mjs). */
export function ExamplesMenu({ onPick }: { readonly onPick: (example: Example) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [wanted, setWanted] = useState(false);
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onPointerEnter={() => setWanted(true)}
        onFocus={() => setWanted(true)}
        onClick={(event) => {
          setWanted(true);
          setAnchor(event.currentTarget);
        }}
      >
        Examples
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <ExamplesMenuList anchor={anchor} onClose={() => setAnchor(null)} onPick={onPick} />
        </Suspense>
      )}
    </>
  );
}
