"""The facts frame the statistics read (see docs/architecture.md): its columns, codes and fast form."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from loaders.schema import FACT_COLUMNS, FACT_GROUP_COLUMNS, FACT_TEXT_COLUMNS

# Dimension -> the participants column it counts (facts_from_participants).
DIMENSION_SOURCES: Final[dict[str, str]] = {
    "agency": "agency",
    "gender": "gender",
    "golongan": "golongan_group",
    "age": "age_band",
}


def empty_facts() -> pd.DataFrame:
    """A facts frame with no rows."""
    return prepare_facts(pd.DataFrame({column: [] for column in FACT_COLUMNS}))


def _is_prepared(facts: pd.DataFrame) -> bool:
    return all(isinstance(facts[c].dtype, pd.CategoricalDtype) for c in FACT_TEXT_COLUMNS) and facts[
        "n"
    ].dtype == np.dtype("int64")


def _categorical(column: pd.Series) -> pd.Series:
    if isinstance(column.dtype, pd.CategoricalDtype):
        if column.isna().any():
            if "" not in column.cat.categories:
                column = column.cat.add_categories([""])
            column = column.fillna("")
        return column
    return column.fillna("").astype("category")


def prepare_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts frame with categorical text columns ('' for missing) and int64 counts; as is when already so."""
    if _is_prepared(facts):
        return facts
    data = {column: _categorical(facts[column]) for column in FACT_TEXT_COLUMNS}
    data["cohort_id"] = pd.to_numeric(facts["cohort_id"]).astype("int64")
    data["n"] = pd.to_numeric(facts["n"]).fillna(0).astype("int64")
    return pd.DataFrame(data, index=facts.index)[list(FACT_COLUMNS)]


def facts_from_participants(participants: pd.DataFrame) -> pd.DataFrame:
    """The facts aggregate of a participants-like frame (cohort_id, sector, level, province and the
    dimension columns agency, gender, golongan_group, age_band): Python twin of the store's SQL."""
    frame = pd.DataFrame({"cohort_id": participants["cohort_id"].astype("int64")})
    for column in ("sector", "level", "province", *DIMENSION_SOURCES.values()):
        values = participants[column].astype(object)
        frame[column] = values.where(values.notna(), "").astype(str)
    frame["sector"] = frame["sector"].replace("", "unknown")
    keys = list(FACT_GROUP_COLUMNS)
    parts = [
        frame.groupby(keys, sort=True).size().rename("n").reset_index().assign(dimension="total", value="")
    ]
    for dimension, column in DIMENSION_SOURCES.items():
        counted = frame.groupby([*keys, column], sort=True).size().rename("n").reset_index()
        parts.append(counted.rename(columns={column: "value"}).assign(dimension=dimension))
    facts = pd.concat(parts, ignore_index=True)[list(FACT_COLUMNS)]
    return prepare_facts(facts)


def summed_over_cohorts(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts with every dimension but 'total' summed over the cohorts (those rows get cohort_id 0), rows
    grouped by dimension.

    The statistics read per cohort only the 'total' rows (cohort counts, trends), so every number of a
    selection that picks no cohorts (all of them, or by sector, level or province) comes out the same from
    this frame, which holds the 'total' rows plus a few hundred others instead of millions: the dashboard
    makes it once per store generation and filters it instead of the facts when no cohort is picked."""
    facts = prepare_facts(facts)
    is_total = (facts["dimension"] == "total").to_numpy()
    rest = facts[~is_total]
    keys = ("dimension", "sector", "level", "province", "value")  # dimension first: groups stay grouped
    combined = np.zeros(len(rest), dtype=np.int64)
    for name in keys:  # one integer per combination of codes (categories are few: no overflow)
        codes = rest[name].cat.codes.to_numpy().astype(np.int64)
        combined = combined * (len(rest[name].cat.categories) + 1) + codes + 1
    group, uniques = pd.factorize(combined)  # hashing, not sorting millions of rows; then the few sorted
    order = np.argsort(uniques, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    found, inverse = uniques[order], rank[group]
    first = np.zeros(len(found), dtype=np.int64)
    first[inverse[::-1]] = np.arange(len(rest) - 1, -1, -1)  # a row of each combination (its first)
    sums = np.bincount(inverse, weights=rest["n"].to_numpy(), minlength=len(found))
    summed = pd.DataFrame(
        {
            "cohort_id": np.zeros(len(found), dtype=np.int64),
            **{
                name: pd.Categorical.from_codes(
                    rest[name].cat.codes.to_numpy()[first], dtype=rest[name].dtype
                )
                for name in keys
            },
            "n": np.rint(sums).astype(np.int64),
        }
    )
    return pd.concat([facts[is_total], summed[list(FACT_COLUMNS)]], ignore_index=True)
