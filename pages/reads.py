"""Store reads the pages share, cached per store generation and selection (counts and tables, shared
read-only where they hold no person)."""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final, NamedTuple

import numpy as np
import pandas as pd
import streamlit as st

from pages.context import AppContext
from peserta.stats import cohort_short_names
from peserta.stats import participant_count as participant_total
from peserta.tables import cohort_names

REPEAT_ROWS: Final = (
    100  # people in several cohorts: counted in full, listed up to this many (500 rows: 230 kB)
)


def _ids_key(ids: tuple[int, ...] | None) -> str | None:
    """A selection of cohort ids as a short cache key: Streamlit hashes a tuple element by element (35 ms for
    the 1,700 cohorts of one year at a million participants)."""
    return None if ids is None else hashlib.sha256(np.asarray(ids, dtype=np.int64).tobytes()).hexdigest()


@st.cache_data(max_entries=8, show_spinner=False)
def _repeat(
    _store: Any,
    url: str,
    generation: int,
    ids_key: str | None,
    _ids: tuple[int, ...] | None,
    _keys: list[str] | None = None,
) -> tuple[int, Any]:
    """(count, first REPEAT_ROWS rows) of Store.repeat_people, per store generation and selection (one query;
    `_keys`, the selection's people from the repeat index, only make it faster: the same answer)."""
    return _store.repeat_people_counted(_ids, REPEAT_ROWS, keys=_keys)


# One background thread builds the repeat index of a store generation (store.RepeatIndex, 0.3-0.4 s at a
# million participants) after the first page run of that generation, whichever page it is (the router calls
# prepare_repeat_index): by the time someone picks a year on Tren, it is there. Runs before it is ready ask SQL.
def _background() -> None:
    """The builder thread at a lower CPU priority (Linux nice 10 for this thread alone): a run of the
    script thread that overlaps the build, such as a filter chosen right after the page opened, keeps
    the processor first."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):  # not Linux, or not allowed: the build just competes as an equal
        pass


_INDEXER: Final = ThreadPoolExecutor(max_workers=1, thread_name_prefix="repeat-index", initializer=_background)


@st.cache_resource(max_entries=1, show_spinner=False)
def _repeat_index(url: str, generation: int, _store: Any) -> Future[Any]:
    """The store generation's repeat index, being built; shared by every session (person keys and cohort
    ids, kept on the server: only passed back to the store). One generation only: after a deletion the old
    index, holding the deleted people's keys, is dropped by the first run that reads the new generation."""
    return _INDEXER.submit(_store.repeat_index)


def _repeat_keys(ctx: AppContext, generation: int, ids: tuple[int, ...]) -> list[str] | None:
    """The selection's people in several cohorts from the generation's repeat index, None while it is not
    built yet (or failed: SQL answers the same)."""
    index = _repeat_index(ctx.store.url, generation, ctx.store)
    if not index.done() or index.exception() is not None:
        return None
    return list(index.result().keys_in(ids))


@st.cache_resource(max_entries=2, show_spinner=False)
def _cohort_labels(
    url: str, generation: int, _cohorts: pd.DataFrame
) -> tuple[dict[int, str], dict[int, str]]:
    """Full and short names of every cohort, made once per store generation and shared read-only by every
    session like the data they name (tens of thousands of cohorts: 0.2-0.8 s a run to rebuild). No person
    in them."""
    return cohort_names(_cohorts), cohort_short_names(_cohorts)


def cohort_labels(ctx: AppContext) -> tuple[dict[int, str], dict[int, str]]:
    """cohort_id -> full name, cohort_id -> short name ('PCM IV/2023') of every cohort; read-only."""
    if ctx.generation is None:
        return cohort_names(ctx.cohorts), cohort_short_names(ctx.cohorts)
    return _cohort_labels(ctx.store.url, ctx.generation, ctx.cohorts)


@st.cache_data(max_entries=64, show_spinner=False)
def _searched_count(
    _store: Any, url: str, generation: int, ids_key: str | None, _ids: tuple[int, ...] | None, query: Query
) -> int:
    """Store.count_participants, per store generation, selection and query."""
    return int(_store.count_participants(_ids, **query._asdict()))


class Query(NamedTuple):
    """What the Peserta list asks the store for besides the cohorts (Store.participants' keywords)."""

    sectors: tuple[str, ...]
    levels: tuple[str, ...]
    provinces: tuple[str, ...]
    agencies: tuple[str, ...]  # agency names as classified (a click on an agency's bar)
    search: str
    personal: bool  # roster managers: the search also looks at names and NIPs


def participant_count(ctx: AppContext, query: Query) -> int:
    """Participants of the selection matching `query`: without a search from the facts already in memory
    (the same count as in SQL), with one counted in SQL once per store generation, selection and query.
    A number only; `personal` (which columns the search looks at) is part of the cache key."""
    if not query.search:
        return participant_total(ctx.filtered)
    scope = cohort_scope(ctx)
    ids = None if scope is None else tuple(scope)
    if ctx.generation is None:
        return int(ctx.store.count_participants(ids, **query._asdict()))
    return _searched_count(ctx.store, ctx.store.url, ctx.generation, _ids_key(ids), ids, query)


@st.cache_data(max_entries=16, show_spinner=False)
def _quality(
    _store: Any, url: str, generation: int, ids_key: str | None, _ids: tuple[int, ...] | None, limit: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """(load issues, unknown agencies, first `limit` uncounted rows, their number), per store generation and
    selection: every cohort's unknown agencies are one scan of a million participants (seconds)."""
    return _read_quality(_store, _ids, limit)


def _read_quality(
    store: Any, ids: tuple[int, ...] | None, limit: int
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    uncounted, n_uncounted = store.uncounted_rows(ids, limit=limit)
    return store.load_issues(ids), store.unknown_agencies(ids), uncounted, n_uncounted


def quality_reads(ctx: AppContext, limit: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, int]:
    """What Kualitas data reads from the store for the selection: load issues (messages unmasked: mask them
    for viewers), unknown agencies, the first `limit` uncounted rows and how many there are."""
    scope = cohort_scope(ctx)
    ids = None if scope is None else tuple(scope)
    if ctx.generation is None:
        return _read_quality(ctx.store, ids, limit)
    return _quality(ctx.store, ctx.store.url, ctx.generation, _ids_key(ids), ids, limit)


def cohort_scope(ctx: AppContext) -> list[int] | None:
    """The selected cohort ids for a store query, None when every cohort is selected (no IN list of them all)."""
    return None if len(ctx.selected) == len(ctx.cohorts) else ctx.cohort_ids


def repeat_people(ctx: AppContext) -> tuple[int, pd.DataFrame]:
    """How many people of the selection took part in several cohorts, and the first REPEAT_ROWS of them."""
    scope = cohort_scope(ctx)
    generation = ctx.store.generation() if ctx.generation is None else ctx.generation  # read once per run
    ids = None if scope is None else tuple(scope)
    keys = None if ids is None or ctx.generation is None else _repeat_keys(ctx, generation, ids)
    return _repeat(ctx.store, ctx.store.url, generation, _ids_key(ids), ids, keys)


def prepare_repeat_index(ctx: AppContext) -> None:
    """Start building the store generation's repeat index (once) for the next selection: called by the
    router after a page has run, so the build does not slow what the page shows."""
    if ctx.generation is not None:
        _repeat_index(ctx.store.url, ctx.generation, ctx.store)
