"""Many people at once: 25 sessions open the dashboard together and change a filter, at 1M vs the sample.

A protocol-level client (no browser, so the figure is the server's alone): each session opens Streamlit's
WebSocket (/_stcore/stream) as a browser tab does, asks for the first run of the home page (Ringkasan) and
waits for its end (script finished, reruns such as the legacy pages hand-over followed), then chooses a
year, clears it, chooses another year (the sidebar's Tahun multiselect, as the browser sends it), each
from the request until the run ends. All sessions start together against one ``streamlit run`` server
(warmed by one visit: data read, legacy pages mode left). Figures: median and max over sessions of the
time to the first page, and of the filter changes.

With ``--servers N`` (default 1 and 2) the same crowd is also spread over N server processes on the same
store, in turns, as the deployment in deploy/ runs them (Caddy's `lb_policy cookie` gives each new browser
one server and keeps it there; the crowd here connects to each server directly, without the proxy's TLS).

Target (issue 16): first page < 2 s and a filter change < 1 s of server time with 25 users on 1M.
Run: ``python -m benchmarks.bench_sessions [--quick] [--sessions 25] [--servers 1,2]``.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from contextlib import ExitStack
from typing import Any, Final

from benchmarks.bench_browser import _dashboard
from benchmarks.bench_pages import _sqlite_store
from benchmarks.timing import report

SESSIONS: Final = 25
YEAR_LABEL: Final = "Tahun"  # peserta.i18n filter.years (id)
TIMEOUT_S: Final = 600.0


def _rerun(widgets: dict[str, Any] | None = None, page_name: str = "") -> bytes:
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    msg.rerun_script.query_string = ""
    msg.rerun_script.page_name = page_name
    states = msg.rerun_script.widget_states
    for widget_id, years in (widgets or {}).items():
        state = states.widgets.add()
        state.id = widget_id
        state.string_array_value.data.extend(years)
    return bytes(msg.SerializeToString())


async def _run_until_finished(ws: Any, seen: dict[str, Any]) -> None:
    """Read ForwardMsgs until a script run finishes successfully; note the year multiselect's id/options."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    done = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
    while True:
        msg = ForwardMsg()
        msg.ParseFromString(await ws.recv())
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "multiselect" and element.multiselect.label == YEAR_LABEL:
                seen["year_id"] = element.multiselect.id
                seen["years"] = [o for o in element.multiselect.options if o.isdigit()]
        elif kind == "script_finished" and msg.script_finished == done:
            return


async def _session(url: str, start: asyncio.Event) -> dict[str, Any]:
    import websockets
    from websockets.typing import Origin, Subprotocol

    await start.wait()
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    seen: dict[str, Any] = {}
    began = time.perf_counter()
    async with websockets.connect(
        ws_url,
        subprotocols=[Subprotocol("streamlit")],
        origin=Origin(url),
        max_size=None,
        open_timeout=TIMEOUT_S,
    ) as ws:
        await ws.send(_rerun())
        await _run_until_finished(ws, seen)
        first = time.perf_counter() - began
        changes = []
        years = seen.get("years") or []
        for pick in ([years[0]], [], [years[-1]]) if years else ():
            began = time.perf_counter()
            await ws.send(_rerun({seen["year_id"]: pick}))
            await _run_until_finished(ws, seen)
            changes.append(time.perf_counter() - began)
    return {"first": first, "changes": changes}


async def _crowd(urls: list[str], n: int) -> list[dict[str, Any]]:
    """n sessions started together, session k on server k mod len(urls)."""
    start = asyncio.Event()
    tasks = [asyncio.create_task(_session(urls[k % len(urls)], start)) for k in range(n)]
    start.set()
    return list(await asyncio.wait_for(asyncio.gather(*tasks), TIMEOUT_S))


def _measure(db_url: str, n: int, servers: int = 1) -> dict[str, float]:
    with ExitStack() as stack:
        urls = [stack.enter_context(_dashboard(db_url)) for _ in range(servers)]
        for url in urls:
            asyncio.run(_crowd([url], 1))  # warm-up: legacy pages mode left, data read
        alone = asyncio.run(_crowd(urls[:1], 1))[0]
        crowd = asyncio.run(_crowd(urls, n))
    firsts = [s["first"] for s in crowd]
    changes = [c for s in crowd for c in s["changes"]]
    return {
        "alone_first_s": round(alone["first"], 2),
        "alone_change_s": round(statistics.median(alone["changes"]), 2),
        "first_median_s": round(statistics.median(firsts), 2),
        "first_max_s": round(max(firsts), 2),
        "change_median_s": round(statistics.median(changes), 2),
        "change_max_s": round(max(changes), 2),
    }


def run(
    n_participants: int = 1_000_000, sessions: int = SESSIONS, servers: tuple[int, ...] = (1, 2)
) -> list[dict[str, Any]]:
    """The crowd on the sample store, then on the big one (SQLite), on each number of servers."""
    size = f"{n_participants:,}".replace(",", ".")
    rows: list[dict[str, Any]] = []
    for count in servers:
        pair: list[dict[str, Any]] = []
        for name, url in (
            ("data contoh", _sqlite_store(None, False)),
            (size, _sqlite_store(n_participants, False)),
        ):
            pair.append(
                {"engine": "sqlite", "store": name, "sessions": sessions, "servers": count,
                 **_measure(url, sessions, count)}
            )  # fmt: skip
        pair[1]["first_vs_sample"] = round(pair[1]["first_median_s"] / pair[0]["first_median_s"], 2)
        pair[1]["change_vs_sample"] = round(pair[1]["change_median_s"] / pair[0]["change_median_s"], 2)
        rows += pair
    return rows


def main() -> int:
    """Print and save the figures (benchmarks/out/sessions.json)."""
    args = sys.argv[1:]
    sessions = int(args[args.index("--sessions") + 1]) if "--sessions" in args else SESSIONS
    servers = (
        tuple(int(x) for x in args[args.index("--servers") + 1].split(",")) if "--servers" in args else (1, 2)
    )
    return report(run(100_000 if "--quick" in args else 1_000_000, sessions, servers), "sessions")


if __name__ == "__main__":
    sys.exit(main())
