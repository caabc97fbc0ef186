import { Fragment } from 'react';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { EXAMPLES, type Example } from '@/jwt/examples';

const THROWAWAY = 'Throwaway example keys — public, never use them for anything real.';
const GROUPS = [...new Set(EXAMPLES.map((example) => example.group))];

interface ExamplesMenuListProps {
  readonly anchor: HTMLElement | null;
  readonly onClose: () => void;
  readonly onPick: (example: Example) => void;
}

/** The examples menu itself, loaded on first use so its popover code stays out of the first download. */
export function ExamplesMenuList({ anchor, onClose, onPick }: ExamplesMenuListProps) {
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { maxHeight: 480, width: 380 } } }}
    >
      {/* Group headings are separators: a menu may only hold items, groups and separators (WAI-ARIA). */}
      <ListSubheader
        role="separator"
        aria-label={THROWAWAY}
        disableSticky
        sx={{ lineHeight: 1.4, py: 1, whiteSpace: 'normal' }}
      >
        {THROWAWAY}
      </ListSubheader>
      {GROUPS.map((group) => (
        <Fragment key={group}>
          <ListSubheader role="separator" aria-label={group} disableSticky>
            {group}
          </ListSubheader>
          {EXAMPLES.filter((example) => example.group === group).map((example) => (
            <MenuItem
              key={example.id}
              onClick={() => {
                onPick(example);
                onClose();
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
  );
}
