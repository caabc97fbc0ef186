import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { hashWithoutToken } from '@/lib/token-fragment';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Catches bugs (never user-input errors, which domain code returns as values) so one page cannot blank the app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('jwt-lab: a bug reached the error boundary', error, info.componentStack);
  }

  /**
   * Retrying must not read the same input again: a token opened from a `#token=` link would crash the
   * page again, forever. The link's token is dropped from the address first (in-memory input is gone
   * anyway once the page remounts).
   */
  private retry(): void {
    const hash = hashWithoutToken(window.location.hash);
    if (hash !== window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      );
    }
    this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert severity="error" role="alert" sx={{ my: 2 }}>
        <AlertTitle>
          Something went wrong in this page — this is a bug in jwt-lab, not in your input.
        </AlertTitle>
        {this.state.error.message}
        <div>
          <Button sx={{ mt: 1 }} variant="outlined" color="inherit" onClick={() => this.retry()}>
            Try again
          </Button>
        </div>
      </Alert>
    );
  }
}
