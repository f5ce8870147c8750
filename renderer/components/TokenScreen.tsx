/** Browser mode refused us: the page was opened without (or with a stale) per-launch token. */
export function TokenScreen() {
  return (
    <main className="token-screen">
      <div className="token-screen__card" role="alert">
        <h1>This page needs the address with its token, as printed by npm run web</h1>
        <p>
          Browser mode only answers requests that carry the secret token it prints when it starts, so that other web pages
          cannot read or change your workspace.
        </p>
        <p>
          Open the full address from the terminal — it looks like <code>http://127.0.0.1:5177/?token=…</code>. If you restarted{' '}
          <code>npm run web</code>, the token changed: use the new address.
        </p>
      </div>
    </main>
  );
}
