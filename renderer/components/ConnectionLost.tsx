import { useState, useSyncExternalStore } from 'react';
import { retryConnection } from '../api/client';
import { connectionState, subscribeConnection, type ConnectionState } from '../api/connection';

/**
 * Browser mode: the server stopped, or was started again with a new token,
 * while this page was open. One message that stays until the server answers
 * again, in place of an error for every click; Retry asks at this address.
 * Never shown in the desktop app (its IPC does not report here).
 */
export function ConnectionLost() {
  const state = useSyncExternalStore(subscribeConnection, connectionState);
  return state === 'connected' ? null : <LostMessage state={state} />;
}

function LostMessage({ state }: { state: Exclude<ConnectionState, 'connected'> }) {
  const [retrying, setRetrying] = useState(false);
  const [tried, setTried] = useState(false);

  async function retry() {
    setRetrying(true);
    try {
      await retryConnection();
    } finally {
      setRetrying(false);
      setTried(true);
    }
  }

  return (
    <section className="message message--error connection-lost" role="alert" aria-label="Lost connection">
      <div className="message__text">
        <strong>Lost connection to Claimdesk.</strong> Nothing you saved is lost.{' '}
        {state === 'refused'
          ? 'Claimdesk was started again with a new token: open the address it printed (npm run web).'
          : 'Start Claimdesk again (npm run web) and open the address it prints.'}
        {tried && !retrying && (state === 'refused' ? ' It still refuses this page.' : ' Still no answer at this address.')}
      </div>
      <button type="button" className="button button--small connection-lost__retry" onClick={() => void retry()} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
