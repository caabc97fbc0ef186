import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';

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

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert severity="error" role="alert" sx={{ my: 2 }}>
        <AlertTitle>
          Something went wrong in this page — this is a bug in jwt-lab, not in your input.
        </AlertTitle>
        {this.state.error.message}
        <div>
          <Button
            sx={{ mt: 1 }}
            variant="outlined"
            color="inherit"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </Button>
        </div>
      </Alert>
    );
  }
}
