import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

/** A screen that fails to draw says so in words, and the rest of the application (menu, sign-out) stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  render() {
    if (this.state.failed) {
      return (
        <div role="alert" className="alert">
          <strong>{i18n.t('errors.title')}</strong>
          <p>{i18n.t('errors.server')}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
