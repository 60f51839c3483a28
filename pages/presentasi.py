"""Presentasi: the filtered data as slides for a meeting, and the same slides as PowerPoint, PDF and an
Excel recap.

Every number comes from peserta.slides.build_slides, the model the downloads are made from. User text
(program, agency and province names, filter values) is shown only through st.text, tables and plotly;
the CSS and the full-screen control are constants. The slide number lives in the URL (?slide=3), next
to the filters, so a copied link opens the same slide.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import Any, Final

import streamlit as st

from pages.context import page_context
from pages.guards import audited_download, require_page
from pages.navigation import EDITOR_ROLES
from pages.reads import cohort_labels, cohort_scope
from pages.widgets import chart, sample_banner, table
from peserta import slides as model
from peserta.deck import deck_pptx
from peserta.exports import PRESENTASI_EXPORTS as EXPORTS
from peserta.i18n import N_
from peserta.pdf import pdf_available, slides_pdf
from peserta.recap import recap_xlsx
from peserta.stats import WIB, kpis
from peserta.tables import with_cohort

SLIDE_PARAM: Final = "slide"  # URL query key of the slide number (1-based)
PRESENTING_KEY: Final = "presentasi.presenting"
SUPPRESS_KEY: Final = N_("presentasi.suppress")
FIGURE_HEIGHT: Final = {False: 400, True: 560}  # px: preview, presenting


# Big type for the slide; constants only (the slide's own text goes through st.text).
SLIDE_CSS: Final = """
<style>
.st-key-presentasi-title [data-testid="stText"] {
  font-size: 2.3rem; font-weight: 700; line-height: 1.2; white-space: pre-wrap; }
.st-key-presentasi-message [data-testid="stText"] {
  font-size: 1.5rem; line-height: 1.35; white-space: pre-wrap; }
.st-key-presentasi-cover [data-testid="stText"] {
  font-size: 1.7rem; line-height: 1.5; color: #595959; white-space: pre-wrap; }
.st-key-presentasi-summary [data-testid="stText"] {
  font-size: 1.9rem; line-height: 1.45; white-space: pre-wrap; }
.st-key-presentasi-footer [data-testid="stText"] { font-size: 0.8rem; color: #595959; white-space: pre-wrap; }
.st-key-presentasi-position [data-testid="stText"] { font-size: 1.1rem; text-align: center; padding-top: 0.4rem;
  white-space: nowrap; }
.st-key-presentasi-first, .st-key-presentasi-last { display: none; }
.st-key-presentasi-chart_narrow { display: none; }
@media (max-width: 640px) {
  .st-key-presentasi-chart { display: none; }
  .st-key-presentasi-chart_narrow { display: block; }
}
</style>
"""
# While presenting: no sidebar, no header or toolbar, the slide uses the whole width, larger type.
PRESENTING_CSS: Final = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; padding-bottom: 1rem; max-width: 100%; }
.st-key-presentasi-title [data-testid="stText"] { font-size: 3.1rem; }
.st-key-presentasi-message [data-testid="stText"] { font-size: 2rem; }
.st-key-presentasi-cover [data-testid="stText"] { font-size: 2.3rem; }
.st-key-presentasi-summary [data-testid="stText"] { font-size: 2.4rem; }
.st-key-presentasi-cover { padding-top: 8vh; }
</style>
"""
# The full-screen control: a button in a small frame that asks the page around it for full screen.
# Only the (escaped) label is filled in.
FULLSCREEN_HTML: Final = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: transparent; }
button { font: 400 14px "Source Sans Pro", "Segoe UI", "DejaVu Sans", sans-serif; color: #31333F;
  background: #FFFFFF; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; cursor: pointer;
  min-height: 38px; width: 100%; display: flex; align-items: center; justify-content: center; gap: 8px; }
button:hover { border-color: #0072B2; color: #0072B2; }
@media (prefers-color-scheme: dark) {  /* the page follows the system's dark mode, so does this button */
  button { color: #FAFAFA; background: #0E1117; border-color: rgba(250, 250, 250, 0.2); }
  button:hover { border-color: #56B4E9; color: #56B4E9; }
}
svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2; }
</style></head><body>
<button id="layar-penuh" type="button"><svg viewBox="0 0 24 24" aria-hidden="true">
<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/></svg>__LABEL__</button>
<script>
const page = window.parent.document;
document.getElementById("layar-penuh").addEventListener("click", () => {
  if (page.fullscreenElement) { page.exitFullscreen(); } else { page.documentElement.requestFullscreen(); }
  window.parent.focus();  // keys go to the slide again, not to this frame
});
// Presentation clickers send PageDown/PageUp (some B or "." to blank the screen); keyboards use Space,
// Shift+Space, arrows, Home and End. Streamlit's own shortcuts cover Left/Right on the page itself; the rest,
// and every key pressed while focus is in this frame (after "Layar penuh"), are handled by one listener
// installed in the page itself (a listener from this frame would stop working when Streamlit redraws it).
if (!window.parent.__dasborSlideKey) {
  const script = page.createElement("script");
  script.textContent = `(() => {
    const KEYS = {PageDown: "next", " ": "next", ArrowDown: "next", PageUp: "previous", ArrowUp: "previous",
                  Home: "first", End: "last", b: "blank", B: "blank", ".": "blank"};
    window.__dasborSlideKey = (event, inFrame) => {
      if (!document.querySelector(".st-key-presentasi-next")) { return; }  // another page: keys left alone
      const target = event.target;
      if (!inFrame && target && target.closest && target.closest("input, textarea, select, [contenteditable=true]")) {
        return;
      }
      let action = KEYS[event.key];
      if (event.key === " " && event.shiftKey) { action = "previous"; }
      if (inFrame && event.key === "ArrowRight") { action = "next"; }
      if (inFrame && event.key === "ArrowLeft") { action = "previous"; }
      if (!action || event.ctrlKey || event.metaKey || event.altKey) { return; }
      event.preventDefault();
      event.stopPropagation();
      if (action === "blank") {
        const shade = document.getElementById("dasbor-layar-hitam");
        if (shade) { shade.remove(); return; }
        const black = document.createElement("div");
        black.id = "dasbor-layar-hitam";
        black.style.cssText = "position:fixed;inset:0;background:#000;z-index:1000000;cursor:none";
        (document.fullscreenElement || document.body).appendChild(black);
        return;
      }
      const button = document.querySelector(".st-key-presentasi-" + action + " button");
      if (button && !button.disabled) { button.click(); }
    };
    document.addEventListener("keydown", (event) => window.__dasborSlideKey(event, false), true);
  })();`;
  page.head.appendChild(script);
}
document.addEventListener("keydown", (event) => window.parent.__dasborSlideKey(event, true), true);
</script></body></html>"""


@st.cache_resource(max_entries=16, show_spinner=False)
def _slides(
    url: str,
    generation: int,
    filters_key: str,
    lang: str,
    suppress: bool,
    _facts: Any,
    _cohorts: Any,
    _filters: Any,
) -> list[model.Slide]:
    """The slides, once per store generation, filters, language and small-count setting, shared read-only by
    every session (counts and cohort names only, the same for every role): flipping through them reruns
    the page on every key press (1-3 s at a million participants to rebuild)."""
    return model.build_slides(_facts, _cohorts, _filters, lang, suppress_small=suppress, in_order=True)


def _go(number: int) -> None:
    """Show slide `number` (kept in the URL)."""
    st.query_params[SLIDE_PARAM] = str(number)


def _present(on: bool) -> None:
    st.session_state[PRESENTING_KEY] = on


ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
presenting = bool(st.session_state.get(PRESENTING_KEY, False))
suppress = bool(st.session_state.get(SUPPRESS_KEY, False))

st.markdown(SLIDE_CSS + (PRESENTING_CSS if presenting else ""), unsafe_allow_html=True)  # constants only
if not presenting:
    st.title(ctx.t("page.presentasi"))
    st.caption(ctx.t("presentasi.intro"))
    sample_banner(ctx)

numbers = kpis(ctx.filtered)
if ctx.cohorts.empty or not numbers.participants:
    st.info(ctx.t("empty.no_data" if ctx.cohorts.empty else "empty.no_participants"), icon=":material/inbox:")
    if presenting:
        st.button(ctx.t("presentasi.stop"), on_click=_present, args=(False,), key="presentasi.stop")
    st.stop()

slides = (
    model.build_slides(ctx.filtered, ctx.selected, ctx.filters, lang, suppress_small=suppress, in_order=True)
    if ctx.generation is None
    else _slides(
        ctx.store.url,
        ctx.generation,
        repr(ctx.filters),
        lang,
        suppress,
        ctx.filtered,
        ctx.selected,
        ctx.filters,
    )
)
number = model.slide_number(st.query_params.get(SLIDE_PARAM), len(slides))
slide = slides[number - 1]

# --- the slide -------------------------------------------------------------------------------------------
with st.container(key="presentasi-title"):
    st.text(slide.title)
if slide.kind == "title":
    with st.container(key="presentasi-cover"):
        for line in slide.lines:
            st.text(line)
elif slide.kind == "text":
    with st.container(key="presentasi-summary"):
        st.text(slide.message)
else:
    with st.container(key="presentasi-message"):
        st.text(slide.message)
    figure = model.figure_of(slide, room=True, height=FIGURE_HEIGHT[presenting])
    if figure is not None:
        chart(figure, "presentasi.chart")
        chart(model.phone_figure_of(slide) or figure, "presentasi.chart_narrow")  # shown instead on a phone
    else:
        numbers = model.display_table(slide, lang)
        table(numbers, "presentasi.table", columns=list(numbers.columns))
        st.caption(ctx.t("presentasi.table_note"))

# --- controls --------------------------------------------------------------------------------------------
previous, position, following, fullscreen, hide_small, mode = st.columns([1.5, 0.8, 1.5, 1.5, 2.3, 1.8])
previous.button(
    ctx.t("presentasi.previous"),
    key="presentasi.previous",
    on_click=_go,
    args=(number - 1,),
    disabled=number <= 1,
    shortcut="Left",  # shown as the button's only arrow (an icon as well read as a double arrow)
    width="stretch",
)
with position.container(key="presentasi-position"):
    st.text(ctx.t("presentasi.position", n=number, total=len(slides)))
following.button(
    ctx.t("presentasi.next"),
    key="presentasi.next",
    on_click=_go,
    args=(number + 1,),
    disabled=number >= len(slides),
    shortcut="Right",
    width="stretch",
)
# First and last slide: hidden buttons (CSS) that Home and End press, through the key script above.
previous.button("|<", key="presentasi.first", on_click=_go, args=(1,), disabled=number <= 1)
following.button(
    ">|", key="presentasi.last", on_click=_go, args=(len(slides),), disabled=number >= len(slides)
)
with fullscreen:
    st.iframe(FULLSCREEN_HTML.replace("__LABEL__", html.escape(ctx.t("presentasi.fullscreen"))), height=40)
hide_small.toggle(
    ctx.t("presentasi.suppress_short", k=model.SMALL_COUNT),  # the long label was cut off
    key=SUPPRESS_KEY,
    help=ctx.t("presentasi.suppress_help", k=model.SMALL_COUNT, last=model.SMALL_COUNT - 1),
)
if presenting:
    mode.button(ctx.t("presentasi.stop"), key="presentasi.stop", on_click=_present, args=(False,),
                icon=":material/close_fullscreen:", width="stretch")  # fmt: skip
else:
    mode.button(ctx.t("presentasi.start"), key="presentasi.start", on_click=_present, args=(True,),
                icon=":material/slideshow:", type="primary", width="stretch")  # fmt: skip


def footer() -> str:
    """The footer every export carries, stamped now."""
    return model.footer_text(ctx.filters, ctx.cohorts, lang, datetime.now(UTC))


with st.container(key="presentasi-footer"):
    st.text(footer())
if presenting:
    st.stop()

# --- downloads -------------------------------------------------------------------------------------------
st.caption(ctx.t("presentasi.keys"))
st.subheader(ctx.t("presentasi.downloads"))
stamp = datetime.now(UTC).astimezone(WIB).strftime("%Y%m%d-%H%M")
with_people = ctx.can_edit and not suppress  # a list of people would undo the hiding of small counts


def recap() -> bytes:
    """The Excel recap; roster managers also get the participants (NIPs masked)."""
    people = None
    if with_people:
        rows = ctx.store.participant_page(
            cohort_scope(ctx),
            sectors=ctx.filters.sectors,
            levels=ctx.filters.levels,
            provinces=ctx.filters.provinces,
            limit=None,
        )
        people = with_cohort(rows, cohort_labels(ctx)[0])
    return recap_xlsx(
        ctx.filtered,
        ctx.selected,
        ctx.filters,
        lang,
        participants=people,
        with_names=ctx.can_edit,
        suppress_small=suppress,
        slides=slides,
    )


what = f"{len(slides)} salindia, {numbers.participants} peserta dari {numbers.cohorts} angkatan" + (
    ", jumlah kecil disamarkan" if suppress else ""
)  # the audit log's words: counts, never a person
builders = {
    "pptx": lambda: deck_pptx(slides, footer=footer(), lang=lang),
    "xlsx": recap,
    "pdf": lambda: slides_pdf(slides, footer=footer(), lang=lang),
}
pdf_ready, pdf_missing = pdf_available(lang)
for export, column in zip(EXPORTS, st.columns(len(EXPORTS)), strict=True):
    names_leave = export.key == "xlsx" and with_people  # re-checked at the click: names leave the server
    unavailable = pdf_missing if export.key == "pdf" and not pdf_ready else ""
    with column:
        if unavailable:  # nothing to download: the button stays, greyed, and says what the server lacks
            st.download_button(ctx.t(export.label_key), data=b"", file_name=f"{export.stem}{export.suffix}",
                                mime=export.mime, key=f"presentasi.{export.key}", icon=export.icon,
                                disabled=True, help=unavailable)  # fmt: skip
            st.caption(unavailable)
            continue
        audited_download(
            ctx,
            ctx.t(export.label_key),
            builders[export.key],
            roles=EDITOR_ROLES if names_leave else export.roles,
            action=export.action,
            detail=f"{export.what}: {what}"
            + ("; dengan lembar peserta dengan nama, NIP disamarkan." if names_leave else "."),
            file_name=f"{export.stem}-{stamp}{export.suffix}",
            mime=export.mime,
            key=f"presentasi.{export.key}",
            icon=export.icon,
        )
        if names_leave:
            st.caption(ctx.t("presentasi.recap_participants"))
