import { Fragment, useState } from 'react';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { EXAMPLES, type Example } from '@/jwt/examples';

const GROUPS = [...new Set(EXAMPLES.map((example) => example.group))];

/** Example tokens for every algorithm (throwaway keys made by scripts/make-examples.mjs). */
export function ExamplesMenu({ onPick }: { readonly onPick: (example: Example) => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Examples
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { maxHeight: 480, width: 380 } } }}
      >
        <ListSubheader sx={{ lineHeight: 1.4, py: 1, whiteSpace: 'normal' }}>
          Throwaway example keys — public, never use them for anything real.
        </ListSubheader>
        {GROUPS.map((group) => (
          <Fragment key={group}>
            <ListSubheader>{group}</ListSubheader>
            {EXAMPLES.filter((example) => example.group === group).map((example) => (
              <MenuItem
                key={example.id}
                onClick={() => {
                  onPick(example);
                  setAnchor(null);
                }}
              >
                <ListItemText
                  primary={example.label}
                  secondary={example.description}
                  slotProps={{ secondary: { sx: { whiteSpace: 'normal' } } }}
                />
              </MenuItem>
            ))}
          </Fragment>
        ))}
      </Menu>
    </>
  );
}
