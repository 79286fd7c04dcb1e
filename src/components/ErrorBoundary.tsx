import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The aid chart". */
  label: string;
  children: ReactNode;
  /** Called when the reader asks to try again, before the children render anew. */
  onReset?: () => void;
}

interface State {
  error: Error | null;
}

/** Keeps one view's failure to that view: a message and a "Try again" button instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  private retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="view-error" role="alert" aria-label={`${this.props.label}: error`}>
        <p>
          <strong>{this.props.label} could not be drawn.</strong> {this.state.error.message}
        </p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </section>
    );
  }
}
