"""The summary sentence: a (filtered) facts frame told in one or two plain-text sentences."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import pandas as pd

from loaders.schema import REGIONAL_LEVELS, SECTORS
from peserta.facts import prepare_facts
from peserta.i18n import N_, Nn_, nt, t
from peserta.stats import (
    OTHERS_KEY,
    Kpis,
    by_province,
    cohort_ids,
    cohort_label,
    format_count,
    format_period,
    format_share,
    kpis,
    regional_by_level,
    top_agencies,
)

# Noun -> plural text id ('{count} peserta' / '{count} participant(s)').
NOUN_KEYS: Final = {
    "agency": Nn_("noun.agency"),
    "cohort": Nn_("noun.cohort"),
    "participant": Nn_("noun.participant"),
    "program": Nn_("noun.program"),
    "province": Nn_("noun.province"),
}
# Sector / regional level -> text id of its part of the sentence ('12 dari Pemerintah Daerah (46,2%)').
SECTOR_PART_KEYS: Final = {
    "central": N_("narrative.part.central"),
    "regional": N_("narrative.part.regional"),
    "other": N_("narrative.part.other"),
    "unknown": N_("narrative.part.unknown"),
}
LEVEL_PART_KEYS: Final = {
    "province": N_("narrative.level.province"),
    "regency": N_("narrative.level.regency"),
    "city": N_("narrative.level.city"),
}
MAX_TIED_AGENCIES: Final = 3  # more agencies tied for first place are summarised as a count


def counted(count: int, noun: str, lang: str) -> str:
    """'26 peserta' / '26 participants' / '1 participant' for noun 'participant'."""
    return nt(NOUN_KEYS[noun], count, lang, count=format_count(count, lang))


def join_words(items: Sequence[str], lang: str) -> str:
    """'A', 'A dan B', 'A, B, dan C' (en: 'A and B', 'A, B, and C')."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return items[0] + t("list.and", lang) + items[1]
    return ", ".join(items[:-1]) + t("list.serial_and", lang) + items[-1]


def _sector_parts(numbers: Kpis, lang: str) -> str:
    parts = []
    for sector in SECTORS:
        count = numbers.count(sector)
        if count or sector in ("central", "regional"):
            share = format_share(numbers.share(sector), lang)
            parts.append(t(SECTOR_PART_KEYS[sector], lang, count=format_count(count, lang), share=share))
    return join_words(parts, lang)


def _years(years: Sequence[int]) -> str:
    if not years:
        return ""
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}-{high}"


def _opening(facts: pd.DataFrame, cohorts: pd.DataFrame, numbers: Kpis, lang: str) -> str:
    ids = cohort_ids(facts)
    # Only the cohorts with participants (a row each, unless missing from the cohorts frame).
    shown = cohorts[np.isin(pd.to_numeric(cohorts["cohort_id"]).to_numpy(), ids)] if len(cohorts) else cohorts
    participants = counted(numbers.participants, "participant", lang)
    parts = _sector_parts(numbers, lang)
    if len(ids) == 1:
        match = shown.iloc[:1]
        cohort = int(ids[0])
        if len(match):
            row = match.iloc[0]
            label = cohort_label(row["program"], row["angkatan"], row["year"]) or f"#{cohort}"
            period = format_period(row["start_date"], row["end_date"], lang)
        else:
            label, period = f"#{cohort}", ""
        return t(
            "narrative.one_cohort",
            lang,
            cohort=label,
            period=f" ({period})" if period else "",
            participants=participants,
            parts=parts,
        )
    programs = sorted({str(p) for p in pd.unique(shown["program"].dropna()) if str(p).strip()})
    years = _years([int(y) for y in pd.unique(shown["year"].dropna())])
    fields = {
        "cohorts": counted(len(ids), "cohort", lang),
        "years": f", {years}," if years else "",
        "participants": participants,
        "parts": parts,
    }
    if len(programs) == 1:
        text = t("narrative.one_program", lang, program=programs[0], **fields)
    else:
        text = t("narrative.many_programs", lang, programs=counted(len(programs), "program", lang), **fields)
    return text


def _regional_clause(facts: pd.DataFrame, lang: str) -> str:
    levels = regional_by_level(facts, lang).set_index("key")["count"]
    if not levels.sum():
        return ""
    words = [
        t(LEVEL_PART_KEYS[level], lang, count=format_count(int(levels[level]), lang))
        for level in REGIONAL_LEVELS
        if levels[level]
    ]
    if levels[""]:
        words.append(t("narrative.level.unknown", lang, count=format_count(int(levels[""]), lang)))
    provinces = sum(1 for key in by_province(facts, lang, sector="regional")["key"] if key)
    where = (
        t("narrative.regional.where", lang, provinces=counted(provinces, "province", lang))
        if provinces
        else ""
    )
    return t("narrative.regional", lang, levels=join_words(words, lang), where=where)


def _agency_clause(facts: pd.DataFrame, numbers: Kpis, lang: str) -> str:
    table = top_agencies(facts, n=MAX_TIED_AGENCIES + 1, lang=lang)
    named = table[~table["key"].isin(["", OTHERS_KEY])]
    if named.empty:
        return ""
    most = int(named["count"].iloc[0])
    tied = named[named["count"] == most]["key"].tolist()
    if most > 1 and len(tied) == 1:
        return t(
            "narrative.top_agency", lang, agency=tied[0], participants=counted(most, "participant", lang)
        )
    if most > 1 and len(tied) <= MAX_TIED_AGENCIES:
        agencies = join_words(tied, lang)
        return t(
            "narrative.top_agencies", lang, agencies=agencies, participants=counted(most, "participant", lang)
        )
    return t("narrative.agency_count", lang, agencies=counted(numbers.agencies, "agency", lang))


def summary_sentence(facts: pd.DataFrame, cohorts: pd.DataFrame, lang: str = "id") -> str:
    """Plain-text summary: who took part (K/L vs Pemda), then Pemda levels/provinces and the largest agency."""
    facts = prepare_facts(facts)
    numbers = kpis(facts)
    if not numbers.participants:
        return t("narrative.empty", lang)
    opening = _opening(facts, cohorts, numbers, lang)
    clauses = [c for c in (_regional_clause(facts, lang), _agency_clause(facts, numbers, lang)) if c]
    if not clauses:
        return opening
    detail = "; ".join(clauses)
    return f"{opening} {detail[0].upper()}{detail[1:]}."


def no_province_note(central: int, other: int, lang: str = "id") -> str:
    """Who has no province under the map: K/L head offices (no province by nature) and others whose province
    is unknown, each sentence only when its count is not zero ('' when both are)."""
    parts = [
        nt(key, count, lang, count=format_count(count, lang))
        for key, count in ((Nn_("chart.no_province_central"), central), (Nn_("chart.no_province_other"), other))
        if count
    ]
    return " ".join(parts)
