"""The dashboard as a browser sees it: start `streamlit run`, open pages, wait for Streamlit, read and act.

Plain functions and classes used by conftest.py's fixtures and by the tests (no pytest here).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = Path(os.environ.get("DASBOR_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]
VIEWPORT = {"width": 1400, "height": 900}
SERVER_START_TIMEOUT = 60.0
APP_TIMEOUT_MS = 60_000

# True once the app is connected, its script has finished, the status widget shows no "Running..." icon,
# no element is still loading its code (skeleton) or left over from the previous run (stale), and that
# state has held for a moment. The status widget itself may stay up for other news ("File change." while
# a developer edits).
_APP_IDLE_JS = """
(quietMs) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = app
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]')
    && document.querySelector('[data-testid="stMainBlockContainer"]')
    && !document.querySelector('[data-testid="stSkeleton"], [data-testid="stAppSkeleton"], [data-stale="true"]');
  if (!idle) { window.__dasborIdleSince = 0; return false; }
  window.__dasborIdleSince = window.__dasborIdleSince || Date.now();
  return Date.now() - window.__dasborIdleSince >= quietMs;
}
"""

# Counts the script runs a page sees (each switch of stApp's script state to "running"), so an action
# can wait for the rerun it caused instead of mistaking the quiet moment before it for the end.
_RUN_COUNTER_JS = """
window.__dasborRuns = 0;
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target.getAttribute('data-test-script-state') === 'running' && r.oldValue !== 'running') {
      window.__dasborRuns += 1;
    }
  }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ['data-test-script-state']});
"""

# Reports every address the page puts into a link/script/img/iframe/SVG image element, even for a moment.
# Chromium fetches favicons outside what Playwright's "request" event shows, so a favicon briefly pointing
# at a CDN would go unnoticed without this.
_URL_WATCH_JS = """
(() => {
  const TAGS = new Set(['LINK', 'SCRIPT', 'IMG', 'IFRAME', 'SOURCE', 'EMBED', 'OBJECT']);
  const report = (el) => {
    if (!el.tagName || !TAGS.has(el.tagName.toUpperCase())) return;
    for (const name of ['href', 'src', 'data']) {
      const value = el.getAttribute(name);
      if (value && window.__dasborUrl) {
        try { window.__dasborUrl(new URL(value, document.baseURI).href.slice(0, 300)); } catch (e) {}
      }
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') report(r.target);
      for (const node of r.addedNodes || []) {
        if (node.nodeType !== 1) continue;
        report(node);
        if (node.firstElementChild) {
          node.querySelectorAll('link, script, img, iframe, source, embed, object').forEach(report);
        }
      }
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['href', 'src', 'data']});
})();
"""


# ---------------------------------------------------------------------------------------------------------
# streamlit run
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Server:
    """One `streamlit run dashboard.py` process with its own data directory."""

    url: str
    data_dir: Path
    log_path: Path
    process: subprocess.Popen[bytes]

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @property
    def db_path(self) -> Path:
        return self.data_dir / "dasbor.sqlite3"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def last_traceback(self) -> str:
        """The last Python traceback the server logged (what the redacted error box in the page hides)."""
        log = self.log()
        start = log.rfind("Traceback (most recent call last)")
        return log[start:][-4000:] if start >= 0 else "(no traceback in the server log)"

    def terminate(self) -> None:
        """Ask the server to shut down and return at once (`stop` waits for it)."""
        if self.process.poll() is None:
            self.process.terminate()

    def stop(self) -> None:
        """Shut the server down and wait for it (killed after 10 s)."""
        self.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


ServerFactory = Callable[..., Server]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _secrets_name_a_database() -> bool:
    """A developer's secrets.toml may point the app at a real database; the tests must not write there."""
    for folder in (ROOT / ".streamlit", Path.home() / ".streamlit"):
        secrets = folder / "secrets.toml"
        if secrets.is_file() and "connections.dasbor" in secrets.read_text(
            encoding="utf-8", errors="replace"
        ):
            return True
    return False


def launch_server(data_dir: Path, log_path: Path, *, db_url: str | None = None, root: Path = ROOT) -> Server:
    """Start the dashboard on a free loopback port (no health wait; see `wait_until_healthy`); its store is
    SQLite in `data_dir`, or the database at `db_url` (several servers on one PostgreSQL). `root`: the
    checkout whose dashboard runs (benchmarks compare another one under the same load)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["DASBOR_DATA_DIR"] = str(data_dir)
    env.pop("DASBOR_DB_URL", None)
    if db_url is not None:
        env["DASBOR_DB_URL"] = db_url
    elif _secrets_name_a_database():
        # Same file the default would use; only here so a secrets.toml cannot redirect test uploads.
        env["DASBOR_DB_URL"] = f"sqlite:///{data_dir / 'dasbor.sqlite3'}"
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    env["PYTHONUNBUFFERED"] = "1"
    env["DASBOR_RAISE_ERRORS"] = "1"  # an unexpected error shows Streamlit's error box, not a polite notice
    env["DASBOR_LOCAL_MODE"] = "1"  # as `make run`: local single-user mode until an account exists
    port = _free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    return Server(url=f"http://127.0.0.1:{port}", data_dir=data_dir, log_path=log_path, process=process)


def wait_until_healthy(server: Server, timeout: float = SERVER_START_TIMEOUT) -> Server:
    """Poll /_stcore/health until the server answers "ok"; fail with its log if it dies or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit run exited with {server.process.returncode}:\n{server.log()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as response:
                if response.status == 200 and response.read().strip() == b"ok":
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(
        f"streamlit run did not answer /_stcore/health within {timeout:.0f} s:\n{server.log()}"
    )


# ---------------------------------------------------------------------------------------------------------
# Reverse proxy: Caddy from Debian with the shipped deploy/Caddyfile
# ---------------------------------------------------------------------------------------------------------

CADDY = shutil.which("caddy")
CADDYFILE = ROOT / "deploy" / "Caddyfile"
STICKY_COOKIE = "dasbor_server"  # lb_policy cookie's name in deploy/Caddyfile


@dataclass
class Proxy:
    """One `caddy run` with deploy/Caddyfile: HTTPS (Caddy's local CA) on a loopback port, in front of
    several dashboard servers, sticky by cookie."""

    url: str
    upstreams: tuple[str, ...]  # host:port of each server, as Caddy dials them
    secret: str  # the sticky cookie's HMAC key
    root_ca: Path  # the local CA's certificate (what a client trusts)
    log_path: Path
    process: subprocess.Popen[bytes]

    def sticky_value(self, upstream: str) -> str:
        """The sticky cookie's value that sends a browser to `upstream` (Caddy: hex HMAC-SHA256 of the
        upstream's dial address)."""
        return hmac.new(self.secret.encode(), upstream.encode(), hashlib.sha256).hexdigest()

    def pin_cookie(self, server: Server) -> dict[str, str]:
        """A Playwright cookie that sends this browser context to `server` through the proxy."""
        return {
            "name": STICKY_COOKIE,
            "value": self.sticky_value(f"127.0.0.1:{server.port}"),
            "url": self.url,
        }

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def launch_proxy(servers: Sequence[Server], folder: Path) -> Proxy:
    """Start Caddy with the shipped deploy/Caddyfile, its settings given as the environment variables it
    documents: free loopback ports, these servers, `tls internal`, no admin API; Caddy's state (local CA,
    certificates) in `folder`. Nothing is fetched from the internet."""
    if CADDY is None:
        raise RuntimeError("caddy is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    upstreams = tuple(f"127.0.0.1:{server.port}" for server in servers)
    secret = os.urandom(16).hex()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "DASBOR_SITE": f"https://127.0.0.1:{port}",
        "DASBOR_BIND": "127.0.0.1",
        "DASBOR_SERVERS": " ".join(upstreams),
        "DASBOR_TLS": "internal",
        "DASBOR_LB_SECRET": secret,
        "DASBOR_HTTP_PORT": str(_free_port()),
        "DASBOR_CADDY_ADMIN": "off",
    }
    log_path = folder / "caddy.log"
    command = [CADDY, "run", "--config", str(CADDYFILE), "--adapter", "caddyfile"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    root_ca = folder / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
    return Proxy(f"https://127.0.0.1:{port}", upstreams, secret, root_ca, log_path, process)


def wait_until_proxied(proxy: Proxy, timeout: float = SERVER_START_TIMEOUT) -> Proxy:
    """Poll the servers' /_stcore/health through the proxy, over TLS verified against Caddy's local CA."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proxy.process.poll() is not None:
            raise RuntimeError(f"caddy exited with {proxy.process.returncode}:\n{proxy.log()}")
        if proxy.root_ca.exists():
            try:
                context = ssl.create_default_context(cafile=str(proxy.root_ca))
                with urllib.request.urlopen(
                    f"{proxy.url}/_stcore/health", timeout=2, context=context
                ) as answer:
                    if answer.status == 200 and answer.read().strip() == b"ok":
                        return proxy
            except (urllib.error.URLError, ConnectionError, TimeoutError, ssl.SSLError):
                pass
        time.sleep(0.2)
    proxy.stop()
    raise RuntimeError(f"caddy did not serve the dashboard within {timeout:.0f} s:\n{proxy.log()}")


# ---------------------------------------------------------------------------------------------------------
# Chromium
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Session:
    """One browser context (fresh profile: no cookies, no storage) with what it saw."""

    context: Any
    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def foreign_requests(self, server: Server) -> list[str]:
        """Every address used that is not the dashboard's own origin (data:, blob: and about: are local)."""
        local = (
            f"http://127.0.0.1:{server.port}/",
            f"ws://127.0.0.1:{server.port}/",
            "data:",
            "blob:",
            "about:",
        )
        return sorted({u for u in self.requests if not u.startswith(local)})


def record_requests(session: Session, page: Any) -> None:
    """Record every HTTP request and WebSocket the page opens, and every dialog (dismissed) and JS error."""
    page.on("request", lambda request: session.requests.append(request.url))
    page.on("websocket", lambda ws: session.requests.append(ws.url))
    page.on("pageerror", lambda error: session.page_errors.append(str(error)))

    def on_dialog(dialog: Any) -> None:
        session.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)


def make_session(browser: Any, **options: Any) -> Session:
    """A fresh browser context (1400x900, scale 1, Indonesian locale) with one page, recorded; `options`
    go to Playwright's new_context (e.g. ignore_https_errors for a proxy's own certificate)."""
    context = browser.new_context(
        viewport=VIEWPORT, device_scale_factor=1, locale="id-ID", timezone_id="Asia/Jakarta", **options
    )
    context.set_default_timeout(APP_TIMEOUT_MS)
    context.add_init_script(_RUN_COUNTER_JS)
    page = context.new_page()
    session = Session(context=context, page=page)
    context.expose_binding("__dasborUrl", lambda _source, url: session.requests.append(url))
    context.add_init_script(_URL_WATCH_JS)
    record_requests(session, page)
    context.on("page", lambda extra: record_requests(session, extra))
    return session


# ---------------------------------------------------------------------------------------------------------
# Reading the app
# ---------------------------------------------------------------------------------------------------------


# Plotly draws a chart a second time when its axis labels or legend need more room than the margins give
# (automargin); charts that start with that room (peserta.figures._tick_room and friends) are drawn once.
_PUSHED_JS = """
(plots) => plots.map(p => {
  const size = p._fullLayout._size, margin = p.layout.margin;
  return [p._fullLayout.meta && p._fullLayout.meta.name, ['l', 'b', 't'].filter(k => size[k] !== margin[k])];
})
"""


def pushed_margins(plots: Any) -> list[list[Any]]:
    """[figure name, margins plotly's automargin widened] of each drawn plotly chart in a locator."""
    return list(plots.evaluate_all(_PUSHED_JS))


def wait_for_app(page: Any, *, quiet_ms: int = 300, timeout: int = APP_TIMEOUT_MS) -> None:
    """Wait until Streamlit has finished running: connected, script idle, no "Running..." widget."""
    page.wait_for_function(_APP_IDLE_JS, arg=quiet_ms, timeout=timeout, polling=100)


def open_app(page: Any, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    wait_for_app(page)


_CHARTS_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')]
    .filter(chart => chart.getBoundingClientRect().width > 0)  // charts in a hidden tab have no size
    .map(chart => {
      const marks = [...chart.querySelectorAll(
          '.barlayer .point path, .scatterlayer path, .heatmaplayer image, .pielayer .slice path, '
          + '.choroplethlayer path, .funnellayer path')]
        .filter(m => { const box = m.getBoundingClientRect(); return box.width > 0 || box.height > 0; });
      const key = [...chart.closest('[data-testid="stElementContainer"]').classList]
        .find(c => c.startsWith('st-key-')) || '(no key)';
      return {key, svg: !!chart.querySelector('.main-svg'), marks: marks.length};
    })"""


def charts(page: Any) -> list[dict[str, Any]]:
    """Every plotly chart shown in the main area (hidden tabs left out): its key, SVG present, marks drawn."""
    return page.evaluate(_CHARTS_JS)


def wait_for_charts(page: Any, timeout: int = 30_000) -> list[dict[str, Any]]:
    """Wait until every shown plotly chart has its SVG and has drawn marks (bars, lines, tiles, slices)."""
    try:
        page.wait_for_function(
            f"() => {{ const c = ({_CHARTS_JS})(); return c.length > 0 && c.every(x => x.svg && x.marks > 0); }}",
            timeout=timeout,
        )
    except Exception as error:
        raise AssertionError(f"charts not drawn on {page.url}: {charts(page)}") from error
    return charts(page)


# Every text a plotly chart draws (titles, ticks, bar labels, notes) that sticks out of its chart's box.
_OUTSIDE_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')]
  .filter(chart => chart.getBoundingClientRect().width > 0)
  .flatMap(chart => {
    const box = chart.getBoundingClientRect();
    const key = [...chart.closest('[data-testid="stElementContainer"]').classList]
      .find(c => c.startsWith('st-key-')) || '(no key)';
    return [...chart.querySelectorAll('svg text')]
      .filter(text => { const r = text.getBoundingClientRect();
                        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); })
      .map(text => `${key}: ${text.textContent}`);
  })"""

# Pairs of a shown plotly chart's axis names, legend entries and title whose boxes overlap by more than 2 px.
_OVERLAP_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')]
  .filter(chart => chart.getBoundingClientRect().width > 0)
  .flatMap(chart => {
    const key = [...chart.closest('[data-testid="stElementContainer"]').classList]
      .find(c => c.startsWith('st-key-')) || '(no key)';
    const texts = [...chart.querySelectorAll('.xtick text, .ytick text, .legendtext, .gtitle')]
      .map(e => [e.textContent, e.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
    const pairs = [];
    texts.forEach(([a, r], i) => texts.slice(i + 1).forEach(([b, s]) => {
      const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
      const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
      if (x > 2 && y > 2) pairs.push(`${key}: '${a}' / '${b}'`);
    }));
    return pairs;
  })"""


# Draws a figure (plotly JSON) with the local plotly.js into an empty page and lists every tile-map name whose
# text box sticks out of its tile: the grid cell (col/row +- 0.5 on the axes) less half the heatmap's gap on
# each side. 'name: n px' per offender.
_TILE_TEXTS_OUTSIDE_JS = """async (spec) => {
  const gd = document.createElement('div');
  document.body.appendChild(gd);
  await Plotly.newPlot(gd, spec.data, spec.layout, {staticPlot: true});
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis, page = gd.getBoundingClientRect();
  const heatmap = spec.data.find(trace => trace.type === 'heatmap');
  const xgap = (heatmap.xgap || 0) / 2, ygap = (heatmap.ygap || 0) / 2;
  const names = [...gd.querySelectorAll('.heatmaplayer text')].filter(text => text.textContent);
  const out = names.flatMap(text => {
    const r = text.getBoundingClientRect();
    const x = (r.left + r.right) / 2 - page.left - xa._offset, y = (r.top + r.bottom) / 2 - page.top - ya._offset;
    const col = Math.round(xa.p2l(x)), row = Math.round(ya.p2l(y));
    const xs = [xa.l2p(col - 0.5), xa.l2p(col + 0.5)].map(p => p + xa._offset + page.left);
    const ys = [ya.l2p(row - 0.5), ya.l2p(row + 0.5)].map(p => p + ya._offset + page.top);
    const over = Math.max(Math.min(...xs) + xgap - r.left, r.right - Math.max(...xs) + xgap,
                          Math.min(...ys) + ygap - r.top, r.bottom - Math.max(...ys) + ygap);
    return over > 0 ? [`${text.textContent}: ${over.toFixed(1)} px`] : [];
  });
  return {names: names.length, outside: out};
}"""


def tile_texts_outside(page: Any, figure_json: str) -> tuple[int, list[str]]:
    """Draw a tile map (plotly JSON) in `page` with the installed plotly.js, offline, at the figure's own size;
    (how many tile names were drawn, 'name: n px' of each one running past its tile)."""
    import json

    import plotly

    script = (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text(encoding="utf-8")
    page.set_content(f"<!DOCTYPE html><html><body style='margin:0'><script>{script}</script></body></html>")
    found = page.evaluate(_TILE_TEXTS_OUTSIDE_JS, json.loads(figure_json))
    return int(found["names"]), list(found["outside"])


def chart_texts_outside(page: Any) -> list[str]:
    """'key: text' of every text of a shown plotly chart that runs past the chart's left or right edge."""
    return list(page.evaluate(_OUTSIDE_JS))


def overlapping_chart_texts(page: Any) -> list[str]:
    """'key: a / b' of the tick labels, legend entries and titles of shown plotly charts lying on each other."""
    return list(page.evaluate(_OVERLAP_JS))


def metrics(page: Any) -> dict[str, str]:
    """The st.metric tiles in the main area, label -> value."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMetric"]')]
             .map(m => [m.querySelector('[data-testid="stMetricLabel"]').innerText.trim(),
                        m.querySelector('[data-testid="stMetricValue"]').innerText.trim()]))"""
    )


def main_text(page: Any) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def sidebar_nav_titles(page: Any) -> list[str]:
    """Page titles in the sidebar navigation, in order, without the icons' ligature names ([] when none)."""
    links = page.locator('[data-testid="stSidebarNav"] [data-testid="stSidebarNavLink"]')
    return [
        " ".join(t.split()) for t in links.locator('[data-testid="stMarkdownContainer"]').all_inner_texts()
    ]


def screenshot(page: Any, name: str) -> Path:
    """Save the viewport (1400x900) as docs/screenshots/<name>.png for the README."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.mouse.move(0, 0)  # no hover tooltip on a chart
    page.screenshot(path=str(path), animations="disabled", caret="hide")
    return path


def exceptions(page: Any) -> list[str]:
    """Texts of the exception boxes Streamlit shows when a script raised (redacted in this app's config)."""
    return page.locator('[data-testid="stException"]').all_inner_texts()


def assert_no_error(page: Any, server: Server, where: str = "") -> None:
    """Fail with the server's traceback when the page shows Streamlit's error box."""
    shown = exceptions(page)
    assert not shown, f"{where or page.url} shows an error; the server logged:\n{server.last_traceback()}"


def title(page: Any) -> str:
    """The page's st.title (its first h1 in the main area)."""
    return page.locator('[data-testid="stMain"] h1').first.inner_text().strip()


def multiselect(page: Any, label: str) -> Any:
    """The sidebar/main st.multiselect whose label is `label`."""
    return page.locator('[data-testid="stMultiSelect"]').filter(
        has=page.locator('[data-testid="stWidgetLabel"]', has_text=label)
    )


def chosen(page: Any, label: str) -> list[str]:
    """The values shown as chosen (tags) in the st.multiselect labelled `label`."""
    tags = multiselect(page, label).locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]')
    return [tag.get_attribute("aria-label") or "" for tag in tags.all()]


def rerun_after(page: Any, action: Callable[[], object], *, url: Callable[[str], bool] | None = None) -> None:
    """Do `action` (a click, a choice) and wait until the script run it caused has finished.

    With `url`, the run is known to have come when the address satisfies it (filters, page, slide and
    language all live in the address). Otherwise the page's run counter must move; a run so quick that
    the browser never painted its "running" state is not counted, hence the fallback after 10 s.
    """
    before = page.evaluate("window.__dasborRuns")
    action()
    if url is not None:
        page.wait_for_url(url)
    else:
        try:
            page.wait_for_function("(n) => window.__dasborRuns > n", arg=before, timeout=10_000)
        except Exception:  # noqa: BLE001 - see the docstring; the state checks below still apply
            pass
    wait_for_app(page)


def wait_for_text(page: Any, text: str, timeout: int = APP_TIMEOUT_MS) -> None:
    """Wait until `text` is shown somewhere in the app (a message after a save, which may take two runs)."""
    page.get_by_text(text, exact=False).first.wait_for(timeout=timeout)
    wait_for_app(page)


def choose(page: Any, label: str, value: str) -> None:
    """Pick `value` in the st.multiselect labelled `label`, as a user does (type, click the option)."""
    field = multiselect(page, label).get_by_role("combobox")
    field.click()
    field.fill(value)
    before = page.url
    # The app writes the filters into the address, so a changed address means the run came.
    rerun_after(page, page.get_by_role("option", name=value, exact=True).click, url=lambda url: url != before)
    page.keyboard.press("Escape")


def go_to(page: Any, nav_title: str) -> None:
    """Open a page through the sidebar navigation, as a user's click does (no page load)."""
    link = page.locator('[data-testid="stSidebarNav"] [data-testid="stSidebarNavLink"]').filter(
        has=page.locator('[data-testid="stMarkdownContainer"]').get_by_text(nav_title, exact=True)
    )
    target = urlsplit(link.get_attribute("href")).path
    # The address changes when the new page's run begins (a moment after its first content).
    rerun_after(page, link.click, url=lambda address: urlsplit(address).path == target)
    page.locator('[data-testid="stSidebarNavLink"][aria-current="page"]').filter(
        has_text=nav_title
    ).wait_for()


def text_blocks(page: Any) -> list[str]:
    """The main area's texts (headings, paragraphs, metrics, captions, alerts), charts and tables left out."""
    return page.evaluate(
        """() => [...document.querySelectorAll(
                 '[data-testid="stMain"] :is([data-testid="stMarkdownContainer"], [data-testid="stMetricValue"],'
                 + ' [data-testid="stText"], [data-testid="stCaptionContainer"])')]
             .filter(e => !e.closest('.js-plotly-plot'))
             .map(e => e.innerText.trim()).filter(Boolean)"""
    )
