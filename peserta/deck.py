"""The slides as a 16:9 PowerPoint deck with native, editable charts (python-pptx).

Every chart is a PowerPoint chart object carrying its data (right-click, Edit Data), not a picture; the
province map becomes a sorted bar chart. Chart category and series names also land in the chart's
embedded workbook, so they go through ``exports.neutralise`` like every spreadsheet cell.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from peserta.i18n import normalise_lang, t
from peserta.slides import Chart, Slide
from store.xlsx import neutralise

SLIDE_WIDTH: Final = Inches(13.333)  # 16:9
SLIDE_HEIGHT: Final = Inches(7.5)
MARGIN: Final = Inches(0.5)
CONTENT_WIDTH: Final = SLIDE_WIDTH - 2 * MARGIN
# (top, height) of each region of a content slide.
TITLE_BOX: Final = (Inches(0.3), Inches(0.85))
MESSAGE_BOX: Final = (Inches(1.15), Inches(1.0))
CHART_BOX: Final = (Inches(2.2), Inches(4.65))
FOOTER_BOX: Final = (Inches(7.0), Inches(0.4))
TEXT_COLOUR: Final = "262730"
MUTED_COLOUR: Final = "595959"
TITLE_SIZE: Final = Pt(32)
MESSAGE_SIZE: Final = Pt(20)
SUMMARY_SIZE: Final = Pt(24)
COVER_TITLE_SIZE: Final = Pt(40)
COVER_LINE_SIZE: Final = Pt(24)
FOOTER_SIZE: Final = Pt(10)
LABEL_SIZE: Final = 14  # pt: data labels and axis labels of charts with few categories
LABEL_MIN: Final = 8  # pt: with many categories (38 provinces) labels shrink to this
CHART_TYPES: Final = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "stacked": XL_CHART_TYPE.COLUMN_STACKED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
LABEL_POSITIONS: Final = {
    "column": XL_LABEL_POSITION.OUTSIDE_END,
    "bar": XL_LABEL_POSITION.OUTSIDE_END,
    "stacked": XL_LABEL_POSITION.CENTER,
    "line": XL_LABEL_POSITION.ABOVE,
}
# Layouts of python-pptx's default template.
TITLE_LAYOUT: Final = 0
TITLE_ONLY_LAYOUT: Final = 5


def deck_pptx(slides: Sequence[Slide], *, footer: str, lang: str = "id") -> bytes:
    """The slides as a .pptx: a cover, then one slide per message with a native chart where the slide has
    one; every slide carries `footer` (filters, source, time) and its number; notes hold the message."""
    lang = normalise_lang(lang)
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    deck.core_properties.title = slides[0].title if slides else t("app.title", lang)
    deck.core_properties.language = "id-ID" if lang == "id" else "en-US"
    deck.core_properties.author = t("app.title", lang)
    for number, slide in enumerate(slides, start=1):
        if slide.kind == "title":
            page = _cover(deck, slide)
        else:
            page = _content(deck, slide)
        _footer(page, footer, f"{number}/{len(slides)}")
        page.notes_slide.notes_text_frame.text = "\n".join(_notes(slide))
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


# --- slides ----------------------------------------------------------------------------------------------


def _notes(slide: Slide) -> list[str]:
    return list(slide.lines) if slide.kind == "title" else [slide.message]


def _cover(deck: Any, slide: Slide) -> Any:
    page = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    title = page.shapes.title
    _place(title, Inches(1.8), Inches(1.9))
    _write(title.text_frame, [slide.title], COVER_TITLE_SIZE, bold=True, align=PP_ALIGN.LEFT)
    title.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    subtitle = page.placeholders[1]
    _place(subtitle, Inches(3.9), Inches(2.6))
    _write(subtitle.text_frame, list(slide.lines), COVER_LINE_SIZE, colour=MUTED_COLOUR, align=PP_ALIGN.LEFT)
    subtitle.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    return page


def _content(deck: Any, slide: Slide) -> Any:
    page = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    title = page.shapes.title
    _place(title, *TITLE_BOX)
    _write(title.text_frame, [slide.title], TITLE_SIZE, bold=True, align=PP_ALIGN.LEFT)
    title.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    if slide.chart is None or slide.kind not in CHART_TYPES:
        top, height = MESSAGE_BOX[0], CHART_BOX[0] + CHART_BOX[1] - MESSAGE_BOX[0]
        _textbox(page, top, height, [slide.message], SUMMARY_SIZE, colour=TEXT_COLOUR)
        return page
    _textbox(page, *MESSAGE_BOX, [slide.message], MESSAGE_SIZE, colour=TEXT_COLOUR)
    _chart(page, slide.kind, slide.chart, slide.message)
    return page


def _footer(page: Any, footer: str, number: str) -> None:
    top, height = FOOTER_BOX
    number_width = Inches(0.9)
    box = page.shapes.add_textbox(MARGIN, top, CONTENT_WIDTH - number_width, height)
    _write(box.text_frame, [footer], FOOTER_SIZE, colour=MUTED_COLOUR)
    box.name = "Footer"
    count = page.shapes.add_textbox(MARGIN + CONTENT_WIDTH - number_width, top, number_width, height)
    _write(count.text_frame, [number], FOOTER_SIZE, colour=MUTED_COLOUR, align=PP_ALIGN.RIGHT)
    count.name = "Slide Number"


# --- charts ----------------------------------------------------------------------------------------------


def _chart(page: Any, kind: str, spec: Chart, description: str) -> Any:
    """A native chart of `spec` below the message: data labels on, value axis hidden, fixed colours."""
    data = CategoryChartData(number_format=spec.number_format)
    data.categories = [_cell_text(c) for c in spec.categories]
    for series in spec.series:
        data.add_series(_cell_text(series.name), list(series.values), number_format=spec.number_format)
    top, height = CHART_BOX
    frame = page.shapes.add_chart(CHART_TYPES[kind], MARGIN, top, CONTENT_WIDTH, height, data)
    frame.name = "Chart"
    frame._element.nvGraphicFramePr.cNvPr.set("descr", description)  # alt text for screen readers
    chart = frame.chart
    size = _label_size(len(spec.categories), kind)
    chart.has_title = False
    chart.font.size = Pt(size)
    chart.font.color.rgb = RGBColor.from_string(TEXT_COLOUR)
    chart.has_legend = len(spec.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(LABEL_SIZE)
    plot = chart.plots[0]
    if kind != "line":
        plot.gap_width = 50
        if len(spec.series) > 1:
            plot.overlap = 100  # one bar per category: each agency sits in its sector's series
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = spec.number_format
    labels.number_format_is_linked = False
    labels.show_value = True
    labels.position = LABEL_POSITIONS[kind]
    labels.font.size = Pt(size)
    value_axis = chart.value_axis
    value_axis.visible = False
    value_axis.has_major_gridlines = False
    if kind == "line":
        value_axis.minimum_scale, value_axis.maximum_scale = 0.0, 1.05
    else:
        # Bars start at zero: left automatic, PowerPoint (and LibreOffice) start the hidden axis near the
        # smallest value when the values are close (14 K/L vs 12 Pemda drew as 3 to 1).
        value_axis.minimum_scale = 0.0
    category_axis = chart.category_axis
    category_axis.tick_labels.font.size = Pt(size)
    category_axis.has_major_gridlines = False
    if kind == "bar":
        category_axis.reverse_order = True  # largest first, on top, as on the dashboard
    for series, drawn in zip(spec.series, plot.series, strict=True):
        _colour(drawn, series.colours, kind)
        if kind == "stacked":
            drawn.data_labels.font.size = Pt(size)
            drawn.data_labels.font.color.rgb = RGBColor.from_string(_label_colour(series.colours[0]))
            drawn.data_labels.number_format = spec.number_format
            drawn.data_labels.number_format_is_linked = False
            drawn.data_labels.show_value = True
        for index, text in enumerate(series.labels):
            if text is not None:
                label = drawn.points[index].data_label
                label.text_frame.text = text
                label.position = XL_LABEL_POSITION.INSIDE_BASE if kind != "line" else XL_LABEL_POSITION.ABOVE
                label.font.size = Pt(size)
    return chart


def _colour(drawn: Any, colours: Sequence[str], kind: str) -> None:
    """A series' fixed colour (K/L blue, Pemda vermillion, ...) or one colour per point."""
    if kind == "line":
        colour = RGBColor.from_string(colours[0].lstrip("#"))
        drawn.format.line.color.rgb = colour
        drawn.format.line.width = Pt(3)
        drawn.smooth = False
        drawn.marker.style = XL_MARKER_STYLE.CIRCLE
        drawn.marker.size = 9
        drawn.marker.format.fill.solid()
        drawn.marker.format.fill.fore_color.rgb = colour
        drawn.marker.format.line.color.rgb = colour
        return
    if len(colours) == 1:
        drawn.format.fill.solid()
        drawn.format.fill.fore_color.rgb = RGBColor.from_string(colours[0].lstrip("#"))
        return
    drawn.invert_if_negative = False
    for index, colour in enumerate(colours):
        fill = drawn.points[index].format.fill
        fill.solid()
        fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#"))


def _label_size(n_categories: int, kind: str) -> int:
    """Label size in points: 14 for a handful of bars, down to 8 for the 38 provinces."""
    if kind != "bar" or n_categories <= 12:
        return LABEL_SIZE
    room = CHART_BOX[1] / 12700 / max(n_categories, 1)  # points of height per bar
    return max(LABEL_MIN, min(LABEL_SIZE, int(room * 0.6)))


def _label_colour(fill: str) -> str:
    """White on dark fills (K/L, Pemda), dark on light ones (grey)."""
    value = fill.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return "FFFFFF" if 0.299 * red + 0.587 * green + 0.114 * blue < 150 else TEXT_COLOUR


def _cell_text(value: str) -> str:
    """A chart name as its embedded workbook will hold it: never a formula."""
    return str(neutralise(_printable(str(value))))


# --- text ------------------------------------------------------------------------------------------------


def _place(shape: Any, top: int, height: int) -> None:
    shape.left, shape.top, shape.width, shape.height = MARGIN, Emu(top), CONTENT_WIDTH, Emu(height)


def _textbox(page: Any, top: int, height: int, lines: Sequence[str], size: Pt, *, colour: str) -> Any:
    box = page.shapes.add_textbox(MARGIN, top, CONTENT_WIDTH, height)
    _write(box.text_frame, lines, size, colour=colour)
    return box


def _write(
    frame: Any,
    lines: Sequence[str],
    size: Pt,
    *,
    bold: bool = False,
    colour: str = TEXT_COLOUR,
    align: Any = PP_ALIGN.LEFT,
) -> None:
    """Plain text lines (one paragraph each) in one font; PowerPoint shows them literally."""
    frame.word_wrap = True
    frame.clear()
    for index, line in enumerate(lines or [""]):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = _printable(line)
        run.font.size = size
        run.font.bold = bold
        run.font.color.rgb = RGBColor.from_string(colour)


def _printable(text: str) -> str:
    """Text without the control characters XML cannot hold (python-pptx would raise on them)."""
    return "".join(ch for ch in str(text) if ch in "\t\n" or ord(ch) >= 32)
