"""peserta.figures: one chart per function, checked on the data it draws."""

from __future__ import annotations

import pandas as pd

from peserta.figures import participants_by_sector
from peserta.stats import count_by_sector


def counts_of(*sectors: str) -> pd.DataFrame:
    return count_by_sector(pd.DataFrame({"sector": pd.array(list(sectors), dtype="str")}))


def test_participants_by_sector_reference_cohort():
    figure = participants_by_sector(counts_of(*["central"] * 14, *["regional"] * 12))
    bar = figure.data[0]
    assert list(bar.x) == ["Kementerian/Lembaga", "Pemerintah Daerah"]
    assert list(bar.y) == [14, 12]
    assert list(bar.text) == ["14 (53,8%)", "12 (46,2%)"]
    assert figure.layout.separators == ",."


def test_participants_by_sector_shows_other_and_unknown_only_when_present():
    figure = participants_by_sector(counts_of("central", "regional", "unknown"))
    assert list(figure.data[0].x) == ["Kementerian/Lembaga", "Pemerintah Daerah", "Belum dikenali"]
    figure = participants_by_sector(counts_of("central"), keep_empty=True)
    assert len(figure.data[0].x) == 4
