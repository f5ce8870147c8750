import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { desktopBridge } from './api/bridge';
import { followMenuImports } from './api/import-queue';
import { onBusyRetry } from '../core/api/busy-retry';
import { onUnauthorized } from './api/client';
import { connectionState, isConnectionError, onReconnected, subscribeConnection } from './api/connection';
import { onWorkspaceReplaced } from './api/workspace-events';
import { ConnectionLost } from './components/ConnectionLost';
import { Messages, type Message } from './components/Messages';
import { RecoveryScreen } from './components/RecoveryScreen';
import { ReviewerPrompt } from './components/ReviewerPrompt';
import { StartScreen } from './components/StartScreen';
import { TokenScreen } from './components/TokenScreen';
import { Workbench } from './components/Workbench';
import type { ApiError } from './hooks/useApi';
import { useStats } from './hooks/useStats';

const NOTICE_MS = 6000;

/** Chooses the screen: token needed, start (empty workspace) or the workbench. */
export function App() {
  const [errors, setErrors] = useState<Array<ApiError & { id: number }>>([]);
  const [notice, setNotice] = useState<Message | null>(null);
  const nextId = useRef(1);

  // The workspace failed its check at open (or a read met a damaged page): the recovery screen takes over.
  const [damage, setDamage] = useState<string | null>(null);

  const onError = useCallback((raw: ApiError) => {
    if (raw.code === 'database_corrupt') return setDamage(raw.message);
    // Browser mode lost its server: ConnectionLost (or the token screen) says so once, not once per call.
    if (isConnectionError(raw)) return;
    const id = nextId.current++;
    // "addSource: url: Source URL must be…" reads better to a person as "Source URL must be…".
    const error = raw.code === 'invalid_input' ? { ...raw, message: raw.message.replace(/^\w+: (?:[\w.]+: )?(?=[A-Z])/, '') } : raw;
    // The same message twice is shown once. Errors stay until dismissed (×, or Esc on one): a user importing
    // several bad files, one after another, can read which failed and why. Every refused file is listed (a few
    // hundred at most); other errors, the last handful.
    setErrors((list) => {
      const next = [...list.filter((e) => e.message !== error.message), { ...error, id }];
      const imports = next.filter((e) => e.code === 'import').slice(-200);
      const others = next.filter((e) => e.code !== 'import').slice(-4);
      return next.filter((e) => imports.includes(e) || others.includes(e));
    });
  }, []);
  const dismiss = useCallback((id: number) => setErrors((list) => list.filter((e) => e.id !== id)), []);

  const notify = useCallback((text: string) => setNotice({ id: nextId.current++, text }), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const [unauthorized, setUnauthorized] = useState(false);
  useEffect(() => onUnauthorized(() => setUnauthorized(true)), []);

  const { stats, reload, watch } = useStats(onError);
  /** Set once an import from the start screen succeeds: open the main screen on that article. */
  const [openedArticleId, setOpenedArticleId] = useState<number | null | undefined>(undefined);

  // Desktop: File → Import (or another window) changed the workspace behind our back.
  const [workspaceVersion, setWorkspaceVersion] = useState(0);
  useEffect(
    () =>
      desktopBridge()?.onWorkspaceChanged(() => {
        void reload();
        setWorkspaceVersion((v) => v + 1);
      }),
    [reload],
  );

  // Browser mode: the server answers again (Retry) — reload what is on screen, as after a change behind our back.
  const connection = useSyncExternalStore(subscribeConnection, connectionState);
  useEffect(
    () =>
      onReconnected(() => {
        void reload();
        setWorkspaceVersion((v) => v + 1);
      }),
    [reload],
  );

  // Another window or a CLI command holds the workspace: say why a click has not landed yet while it is tried again.
  useEffect(() => onBusyRetry(() => notify('Another Claimdesk window or command is saving to this workspace: trying again…')), [notify]);

  // Desktop: File → Import article… shows its progress, with Cancel, like an import from the window.
  useEffect(() => {
    const bridge = desktopBridge();
    return bridge ? followMenuImports(bridge) : undefined;
  }, []);

  // A backup was restored: every part of the workbench starts afresh on the restored workspace.
  const [workspaceEpoch, setWorkspaceEpoch] = useState(0);
  useEffect(
    () =>
      onWorkspaceReplaced((message) => {
        setOpenedArticleId(undefined);
        setWorkspaceEpoch((n) => n + 1);
        void reload();
        notify(message);
      }),
    [reload, notify],
  );

  // These screens too scroll inside the frame: the window itself never scrolls (styles/base.css).
  if (unauthorized) {
    return (
      <ScreenFrame>
        <TokenScreen />
      </ScreenFrame>
    );
  }
  if (damage !== null) {
    return (
      <ScreenFrame>
        <RecoveryScreen
          problem={damage}
          onOpened={() => {
            setDamage(null);
            void reload();
          }}
        />
      </ScreenFrame>
    );
  }

  let screen;
  if (!stats) {
    screen = (
      <main className="loading">
        <p>{connection === 'connected' ? 'Opening the workspace…' : 'The workspace could not be opened: Claimdesk does not answer.'}</p>
        {errors.length > 0 && connection === 'connected' && (
          <button type="button" className="button" onClick={() => void reload()}>
            Try again
          </button>
        )}
      </main>
    );
  } else if (stats.articleCount === 0 && openedArticleId === undefined) {
    screen = (
      <StartScreen
        onError={onError}
        notify={notify}
        onImported={(articleId) => {
          setOpenedArticleId(articleId);
          void reload();
        }}
      />
    );
  } else {
    const only = stats.articleCount === 1 ? stats.newestArticleId : null;
    screen = <Workbench key={workspaceEpoch} stats={stats} reloadStats={reload} watchArticles={watch} initialArticleId={openedArticleId ?? only} workspaceVersion={workspaceVersion} onError={onError} notify={notify} />;
  }

  // The lost-connection banner sits above the screen and pushes it down, so it covers none of its controls;
  // the same elements whether it shows or not, so the screen under it is never mounted again.
  return (
    <div className="app">
      <ConnectionLost />
      <div className="app__screen">{screen}</div>
      <ReviewerPrompt onError={onError} />
      <Messages errors={errors} notice={notice} onDismiss={dismiss} onDismissNotice={() => setNotice(null)} />
    </div>
  );
}

/** The app's frame around a screen shown alone: the screen scrolls in it when taller than the window. */
function ScreenFrame({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <div className="app__screen">{children}</div>
    </div>
  );
}
