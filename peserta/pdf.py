"""The slides as a PDF, drawn by the server's own Chromium: nothing is downloaded, nothing leaves it.

One export starts one headless Chromium through kaleido (never per figure): kaleido renders each slide's
plotly figure to SVG, then the same browser prints an HTML page per slide (``Page.printToPDF``), so text
stays text and charts stay vector. Chromium is the one the browser tests use (``DASBOR_CHROMIUM``,
else ``BROWSER_PATH``, else ``chromium`` on the PATH); kaleido is told the local plotly.js and no MathJax,
and a dead proxy keeps the browser offline. Where kaleido or Chromium is missing, ``pdf_available`` says
which, in words the page can show.
"""

from __future__ import annotations

import asyncio
import base64
import html
import importlib.util
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final

import plotly.graph_objects as go

from loaders.settings import setting
from peserta.i18n import normalise_lang, t
from peserta.slides import Slide, display_table, figure_of, fit_tile_labels

CHROMIUM_ENV: Final = "DASBOR_CHROMIUM"
CHROMIUM_NAMES: Final = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# A slide page is 13.333 x 7.5 in (16:9, as the deck), 1280 x 720 CSS px; the chart fills the middle.
PAGE_CSS_SIZE: Final = "13.333in 7.5in"
FIGURE_SIZE: Final = (1180, 430)  # px, what kaleido draws each figure at
FIGURE_FONT: Final = 18  # px: printed slides are read from across a table
RENDER_TIMEOUT: Final = 60.0  # seconds per figure, and for printing
OFFLINE_PROXY: Final = "http://127.0.0.1:9"  # discard port: any http(s) request the browser makes fails
_ONE_AT_A_TIME: Final = threading.Lock()  # each export starts a browser; two at once would crowd 2 cores

# Fixed print stylesheet (no user text): big type, one slide per page.
SLIDE_CSS: Final = f"""
@page {{ size: {PAGE_CSS_SIZE}; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: "Source Sans Pro", "Segoe UI", "DejaVu Sans", Arial, sans-serif;
       color: #262730; }}
section {{ width: 1280px; height: 720px; padding: 28px 48px 0 48px; position: relative;
          page-break-after: always; break-after: page; overflow: hidden; }}
section:last-child {{ page-break-after: auto; break-after: auto; }}
h1 {{ font-size: 42px; margin: 0 0 10px 0; line-height: 1.15; }}
p.message {{ font-size: 25px; margin: 0 0 14px 0; line-height: 1.3; }}
p.summary {{ font-size: 32px; line-height: 1.4; margin-top: 28px; }}
section.cover h1 {{ font-size: 54px; margin-top: 190px; }}
section.cover p {{ font-size: 30px; color: #595959; margin: 6px 0; }}
img.chart {{ display: block; width: {FIGURE_SIZE[0]}px; height: {FIGURE_SIZE[1]}px; }}
table {{ border-collapse: collapse; font-size: 20px; margin-top: 8px; }}
th, td {{ border-bottom: 1px solid #d0d0d0; padding: 4px 14px; text-align: left; }}
td.number {{ text-align: right; }}
th {{ background: #0072B2; color: white; }}
footer {{ position: absolute; left: 48px; right: 48px; bottom: 16px; font-size: 13px; color: #595959;
         display: flex; justify-content: space-between; gap: 24px; }}
"""
# Nothing in the page may fetch anything: images are data: URIs, styles inline.
CSP: Final = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
MAX_TABLE_ROWS: Final = 14  # a table that replaces a chart shows this many rows (then '...')


class PdfUnavailable(RuntimeError):
    """PDF export cannot run here (kaleido or Chromium missing); the message says what to install."""


def chromium_path() -> str | None:
    """The Chromium to use: $DASBOR_CHROMIUM, else $BROWSER_PATH, else chromium/chrome on the PATH."""
    for chosen in (setting(CHROMIUM_ENV), os.environ.get("BROWSER_PATH")):
        if chosen:
            return chosen if _is_program(chosen) else None  # a wrong setting is not silently replaced
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found and _is_program(found):
            return found
    return None


def _is_program(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)


def _plotly_js() -> Path | None:
    """plotly.js as installed with plotly (kaleido would otherwise fetch it from a CDN)."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return path if path.is_file() else None


def pdf_available(lang: str = "id") -> tuple[bool, str]:
    """(True, '') when a PDF can be made here, else (False, what is missing, in the user's language)."""
    lang = normalise_lang(lang)
    if importlib.util.find_spec("kaleido") is None or _plotly_js() is None:
        return False, t("pdf.no_kaleido", lang)
    if chromium_path() is None:
        return False, t("pdf.no_chromium", lang)
    return True, ""


def slides_pdf(slides: Sequence[Slide], *, footer: str, lang: str = "id") -> bytes:
    """The slides as a PDF, one 16:9 page each (figures as vector graphics, text as text).

    Raises PdfUnavailable when kaleido or Chromium is missing (see pdf_available)."""
    lang = normalise_lang(lang)
    ready, missing = pdf_available(lang)
    browser, plotly_js = chromium_path(), _plotly_js()
    if not ready or browser is None or plotly_js is None:
        raise PdfUnavailable(missing)
    figures = [_print_figure(slide) for slide in slides]
    with _ONE_AT_A_TIME, ThreadPoolExecutor(max_workers=1) as pool:
        # A private event loop in a private thread: the caller may be inside one (Streamlit, tests).
        job = pool.submit(asyncio.run, _render(figures, slides, footer, lang, browser, plotly_js))
        return job.result()


def _print_figure(slide: Slide) -> go.Figure | None:
    """The slide's figure at print size and type size."""
    figure = figure_of(slide, room=True, height=FIGURE_SIZE[1])
    if figure is None:
        return None
    figure.update_layout(width=FIGURE_SIZE[0], height=FIGURE_SIZE[1])
    figure = fit_tile_labels(_with_font(figure, FIGURE_FONT))  # the page's width known: the tiles' size too
    rows = _horizontal_categories(figure)
    if rows:  # a fixed page height: every row keeps its name (plotly would skip every other one when crowded)
        size = max(10, min(FIGURE_FONT, (FIGURE_SIZE[1] - 60) // (2 * len(rows)) - 2))
        # one line per name: the page is wide, and a name wrapped for the dashboard's column ran into the
        # next row at print size
        names = [str(row).replace("<br>", " ") for row in rows]
        figure.update_yaxes(tickmode="array", tickvals=rows, ticktext=names, tickfont={"size": size})
    return figure


def _horizontal_categories(figure: go.Figure) -> list[object]:
    """The category names of a horizontal bar chart, in order; [] for any other chart."""
    names: list[object] = []
    for trace in figure.data:
        if trace.type == "bar" and trace.orientation == "h" and trace.y is not None:
            names += [name for name in trace.y if name not in names]
    return names


def _with_font(figure: go.Figure, size: int) -> go.Figure:
    figure.update_layout(font={"size": size}, legend={"font": {"size": size - 2}})
    figure.update_traces(textfont={"size": size}, selector=lambda trace: trace.type in ("bar", "scatter"))
    return figure


async def _render(
    figures: Sequence[go.Figure | None],
    slides: Sequence[Slide],
    footer: str,
    lang: str,
    browser: str,
    plotly_js: Path,
) -> bytes:
    import kaleido

    options = {"format": "svg", "width": FIGURE_SIZE[0], "height": FIGURE_SIZE[1]}
    async with kaleido.Kaleido(
        path=browser,
        plotlyjs=plotly_js,
        mathjax=False,
        n=1,
        timeout=RENDER_TIMEOUT,
        proxy_server=OFFLINE_PROXY,
    ) as renderer:
        images: list[bytes | None] = []
        for figure in figures:
            images.append(None if figure is None else await renderer.calc_fig(figure, opts=options))
        page = slides_html(slides, images, footer, lang)
        with tempfile.TemporaryDirectory(prefix="dasbor-pdf-") as folder:
            source = Path(folder) / "salindia.html"
            source.write_text(page, encoding="utf-8")
            return await asyncio.wait_for(_print(renderer, source.as_uri()), RENDER_TIMEOUT)


async def _print(renderer: Any, url: str) -> bytes:
    """Open `url` in a new tab of the running browser and print it (CSS page size, backgrounds on)."""
    tab = await renderer.create_tab("")
    try:
        _check(await tab.send_command("Page.enable"))
        loaded = tab.subscribe_once("Page.loadEventFired")
        while loaded.done():  # an event from before we asked: wait for the next one
            loaded = tab.subscribe_once("Page.loadEventFired")
        _check(await tab.send_command("Page.navigate", params={"url": url}))
        await loaded
        response = _check(
            await tab.send_command(
                "Page.printToPDF",
                params={"printBackground": True, "preferCSSPageSize": True, "marginTop": 0, "marginBottom": 0,
                        "marginLeft": 0, "marginRight": 0},
            )
        )  # fmt: skip
        return base64.b64decode(response["result"]["data"])
    finally:
        await renderer.close_tab(tab.target_id)


def _check(response: Any) -> Any:
    if isinstance(response, dict) and "error" in response:
        raise RuntimeError(f"Chromium: {response['error']}")
    return response


# --- the printed page ------------------------------------------------------------------------------------


def slides_html(slides: Sequence[Slide], images: Sequence[bytes | None], footer: str, lang: str) -> str:
    """The print page: one <section> per slide; every text escaped, figures as data: SVG images."""
    sections = []
    for number, (slide, image) in enumerate(zip(slides, images, strict=True), start=1):
        sections.append(_section(slide, image, f"{footer}", f"{number}/{len(slides)}", lang))
    language = "id" if lang == "id" else "en"
    title = html.escape(slides[0].title) if slides else ""  # the PDF's document title (Chromium copies it)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<style>{SLIDE_CSS}</style></head><body>{''.join(sections)}</body></html>"
    )


def _section(slide: Slide, image: bytes | None, footer: str, number: str, lang: str) -> str:
    e = html.escape
    if slide.kind == "title":
        body = f"<h1>{e(slide.title)}</h1>" + "".join(f"<p>{e(line)}</p>" for line in slide.lines)
        kind = "cover"
    elif slide.kind == "text":
        body = f'<h1>{e(slide.title)}</h1><p class="summary">{e(slide.message)}</p>'
        kind = "text"
    else:
        body = f'<h1>{e(slide.title)}</h1><p class="message">{e(slide.message)}</p>'
        if image is not None:
            data = base64.b64encode(image).decode("ascii")
            body += f'<img class="chart" alt="{e(slide.message)}" src="data:image/svg+xml;base64,{data}">'
        else:
            body += _table(slide, lang)
        kind = "chart"
    foot = f"<footer><span>{e(footer)}</span><span>{e(number)}</span></footer>"
    return f'<section class="{kind}">{body}{foot}</section>'


def _table(slide: Slide, lang: str) -> str:
    """The slide's numbers as an HTML table (for slides whose counts are partly hidden)."""
    e = html.escape
    table = display_table(slide, lang)
    rows = table.head(MAX_TABLE_ROWS)
    head = "".join(f"<th>{e(str(c))}</th>" for c in table.columns)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="{"number" if k else ""}">{e(str(v))}</td>' for k, v in enumerate(row))
        + "</tr>"
        for row in rows.itertuples(index=False)
    )
    more = "<tr><td>\u2026</td></tr>" if len(table) > MAX_TABLE_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}{more}</tbody></table>"
