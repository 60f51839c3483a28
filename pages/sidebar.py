"""The sidebar's shared parts and the filter chips: language, the six filters (first from the URL, then held
by their widgets across pages), the link to copy, the URL kept in step, and chips that remove a filter."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping
from typing import Any, Final

import streamlit as st

from pages.access import LANG_KEY
from pages.navigation import text
from pages.widgets import md_escape, text_key
from peserta.filters import (
    FILTER_LABELS,
    QUERY_KEYS,
    SIDEBAR_FIELDS,
    Filters,
    filters_from_query,
    filters_to_query,
)
from peserta.i18n import LANGS, N_, level_label, normalise_lang, sector_label

LANG_NAMES: Final = {"id": N_("lang.id"), "en": N_("lang.en")}  # each in its own language
AGENCIES: Final = "agencies"  # set by a click on an agency's bar or by a link: a chip, no sidebar list


def _widget_key(field: str) -> str:
    return f"filter.{field}"


def _query() -> dict[str, list[str]]:
    """The URL query as key -> all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _value_labels(field: str, lang: str) -> Callable[[Any], str]:
    if field == "sectors":
        return lambda code: sector_label(code, lang)
    if field == "levels":
        return lambda code: level_label(code, lang)
    return str


def _clear_filters() -> None:
    for field in FILTER_LABELS:
        st.session_state[_widget_key(field)] = []


def _remove_filter(field: str, value: Any) -> None:
    """A chip's ✕: that one value leaves its filter (the sidebar widget, or the agencies)."""
    key = _widget_key(field)
    st.session_state[key] = [v for v in st.session_state.get(key, []) if v != value]


def filter_chips(filters: Filters, lang: str) -> None:
    """The active filters above the page as a row of small buttons, 'Jenis instansi: Pemerintah Daerah ✕';
    a click removes that one (clicks on bars and tiles add them; the URL follows either way)."""
    chips = [(field, value) for field in FILTER_LABELS for value in getattr(filters, field)]
    if not chips:
        return
    with st.container(horizontal=True, key="filter-chips", gap="small"):
        for field, value in chips:
            label = f"{text(FILTER_LABELS[field], lang)}: {_value_labels(field, lang)(value)} ✕"
            st.button(
                md_escape(label),  # agency and program names are user text
                key=f"chip.{field}.{text_key(str(value))}",
                help=text("filter.chip_remove", lang),
                on_click=_remove_filter,
                args=(field, value),
            )


# "Salin tautan": copies the page's address (filters and language are in it) to the clipboard. Only the
# (escaped) labels are filled in; the frame is same-origin, so it reads the page's own address.
COPY_LINK_HTML: Final = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: transparent; }
button { font: 400 14px "Source Sans Pro", "Segoe UI", "DejaVu Sans", sans-serif; color: #31333F;
  background: #FFFFFF; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; cursor: pointer;
  min-height: 38px; padding: 0 12px; }
button:hover { border-color: #0072B2; color: #0072B2; }
@media (prefers-color-scheme: dark) {  /* the page follows the system's dark mode, so does this button */
  button { color: #FAFAFA; background: #0E1117; border-color: rgba(250, 250, 250, 0.2); }
  button:hover { border-color: #56B4E9; color: #56B4E9; }
}
</style></head><body><button id="salin" type="button">__LABEL__</button>
<script>
const button = document.getElementById("salin");
const label = button.textContent;
button.addEventListener("click", async () => {
  const page = window.parent;
  const address = page.location.href;
  try {
    await page.navigator.clipboard.writeText(address);
  } catch (error) {  // no clipboard API here: the classic way, in the page itself
    const box = page.document.createElement("textarea");
    box.value = address;
    page.document.body.appendChild(box);
    box.select();
    page.document.execCommand("copy");
    box.remove();
  }
  button.textContent = "__DONE__";
  setTimeout(() => { button.textContent = label; }, 2000);
});
</script></body></html>"""


# Streamlit's own English that no setting translates, hidden or replaced: the "Press Enter to submit form" /
# "Press Enter to apply" hints under text fields (Enter still submits), and the file picker's "Upload" button
# word and "25MB per file • XLSX" line (the pages say the limit in the page's language).
UI_CSS: Final = """<style>
[data-testid="InputInstructions"] { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] { display: none; }
[data-testid="stFileUploaderDropzone"] button span[data-has-shortcut]::after { content: __CHOOSE__; }
</style>"""


def ui_css(lang: str) -> None:
    """UI_CSS with the file picker's button word in `lang` (a CSS string: JSON quoting is valid CSS here)."""
    st.html(UI_CSS.replace("__CHOOSE__", json.dumps(text("upload.choose", lang))))


def filters_sidebar(options: Mapping[str, list[Any]], lang: str) -> Filters:
    """The six shared filters; first filled from the URL, after that the widgets hold them across pages."""
    from_url = filters_from_query(_query())
    chosen: dict[str, tuple[Any, ...]] = {}
    st.sidebar.subheader(text("filter.header", lang))
    for field in SIDEBAR_FIELDS:
        label_key = FILTER_LABELS[field]
        key = _widget_key(field)
        if key not in st.session_state:
            st.session_state[key] = list(getattr(from_url, field))
        # A shared link may name a value no stored cohort has (any more): keep it visible and selected,
        # so the page says "no participants" instead of silently showing everything.
        offered = list(options.get(field, []))
        offered += [v for v in st.session_state[key] if v not in offered]
        values = st.sidebar.multiselect(
            text(label_key, lang),
            offered,
            key=key,
            format_func=_value_labels(field, lang),
            placeholder=text("filter.placeholder", lang),
            select_all=False,  # Streamlit's bulk option says "Select all" in English
        )
        chosen[field] = tuple(values)
    agencies = _widget_key(AGENCIES)  # no widget: clicks (pages.chart) and chips change it
    if agencies not in st.session_state:
        st.session_state[agencies] = list(from_url.agencies)
    chosen[AGENCIES] = tuple(str(v) for v in st.session_state[agencies])
    st.sidebar.button(text("filter.reset", lang), on_click=_clear_filters, icon=":material/filter_alt_off:")
    with st.sidebar:
        st.iframe(
            COPY_LINK_HTML.replace("__LABEL__", html.escape(text("filter.copy_link", lang))).replace(
                "__DONE__", html.escape(text("filter.link_copied", lang))
            ),
            height=40,
        )
    st.sidebar.caption(text("filter.share_link", lang))
    return Filters(**chosen)


def language() -> str:
    """Bahasa Indonesia (default) or English; kept in the URL as lang=en."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = normalise_lang(st.query_params.get(LANG_KEY))
    choice = st.sidebar.radio(
        "Bahasa / Language",
        LANGS,
        key=LANG_KEY,
        format_func=lambda code: text(LANG_NAMES[code], code),
        horizontal=True,
    )
    return normalise_lang(choice)


def sync_url(filters: Filters, lang: str) -> None:
    """Write the view into the URL so a copied link reopens it (only when it changed)."""
    wanted: dict[str, list[str]] = dict(filters_to_query(filters))
    if lang != "id":
        wanted[LANG_KEY] = [lang]
    ours = {*QUERY_KEYS.values(), LANG_KEY}
    current = _query()
    foreign = {k: v for k, v in current.items() if k not in ours}
    if {k: v for k, v in current.items() if k in ours} != wanted:
        st.query_params.from_dict({**foreign, **wanted})
