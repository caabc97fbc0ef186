import type { SegmentRole } from '@/jwt/decoded-token';

type Role = SegmentRole | 'extra';

/** One colour per part, chosen for at least 4.5:1 contrast on the light and dark backgrounds. */
export const SEGMENT_COLORS: Record<Role, { readonly light: string; readonly dark: string }> = {
  header: { light: '#c2185b', dark: '#f48fb1' },
  payload: { light: '#7b1fa2', dark: '#d7a6ea' },
  signature: { light: '#0369a1', dark: '#7dd3fc' },
  'encrypted-key': { light: '#2e7d32', dark: '#a5d6a7' },
  iv: { light: '#a14b00', dark: '#ffcc80' },
  ciphertext: { light: '#7b1fa2', dark: '#d7a6ea' },
  tag: { light: '#0369a1', dark: '#7dd3fc' },
  extra: { light: '#5f6368', dark: '#bdbdbd' },
};

export const SEGMENT_LABELS: Record<Role, string> = {
  header: 'Header',
  payload: 'Payload',
  signature: 'Signature',
  'encrypted-key': 'Encrypted key',
  iv: 'Initialization vector',
  ciphertext: 'Ciphertext',
  tag: 'Authentication tag',
  extra: 'Extra part',
};
