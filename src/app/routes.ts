import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  readonly path: string;
  readonly label: string;
  readonly page: LazyExoticComponent<ComponentType>;
}

/** Only pages that exist are listed; the navigation is built from this table. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    label: 'Debugger',
    page: lazy(() => import('@/features/debugger/debugger-page').then((m) => ({ default: m.DebuggerPage }))),
  },
  {
    path: '/encoder',
    label: 'Encoder',
    page: lazy(() => import('@/features/encoder/encoder-page').then((m) => ({ default: m.EncoderPage }))),
  },
  {
    path: '/keys',
    label: 'Keys',
    page: lazy(() => import('@/features/keys/keys-page').then((m) => ({ default: m.KeysPage }))),
  },
  {
    path: '/rotation',
    label: 'Rotation',
    page: lazy(() => import('@/features/rotation/rotation-page').then((m) => ({ default: m.RotationPage }))),
  },
  {
    path: '/attacks',
    label: 'Attacks',
    page: lazy(() => import('@/features/attacks/attacks-page').then((m) => ({ default: m.AttacksPage }))),
  },
  {
    path: '/learn',
    label: 'Learn',
    page: lazy(() => import('@/features/learn/learn-page').then((m) => ({ default: m.LearnPage }))),
  },
];

/** The route for a pathname; unknown paths get `null` (a not-found page). */
export function findRoute(pathname: string): AppRoute | null {
  const normalised = pathname.replace(/\/+$/, '') || '/';
  return ROUTES.find((route) => route.path === normalised) ?? null;
}
