import { useState, useSyncExternalStore } from 'react';
import { retryConnection } from '../api/client';
import { connectionState, subscribeConnection, type ConnectionState } from '../api/connection';

/**
 * Browser mode: the server stopped, stopped answering, or was started again
 * with a new token, while this page was open. One message that stays until
 * the server answers again, in place of an error for every click; Retry asks
 * at this address. A banner above the screen that pushes it down (App.tsx),
 * so it covers no button of the work behind it. Never shown in the desktop
 * app (its IPC does not report here).
 */
export function ConnectionLost() {
  const state = useSyncExternalStore(subscribeConnection, connectionState);
  return state === 'connected' ? null : <LostMessage state={state} />;
}

const ADVICE: Record<Exclude<ConnectionState, 'connected'>, string> = {
  unreachable: 'Start Claimdesk again (npm run web) and open the address it prints.',
  refused: 'Claimdesk was started again with a new token: open the address it printed (npm run web).',
  not_answering:
    'The server is not answering (it may be stuck or paused); a change made just now may not have been saved. Retry once it runs again, or start Claimdesk again (npm run web) and open the address it prints.',
};

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
    <section className="connection-lost" role="alert" aria-label="Lost connection">
      <div className="connection-lost__text">
        <strong>Lost connection to Claimdesk.</strong> Nothing you saved is lost. {ADVICE[state]}
        {tried && !retrying && (state === 'refused' ? ' It still refuses this page.' : ' Still no answer at this address.')}
      </div>
      <button type="button" className="button button--small connection-lost__retry" onClick={() => void retry()} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  );
}
