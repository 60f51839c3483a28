"""Ringkasan: headline counts of one cohort, K/L vs Pemda. Placeholder on the sample rosters."""

import streamlit as st

from loaders import LoadResult
from peserta.figures import participants_by_sector
from peserta.stats import cohort_participants, count_by_sector, headline_metrics, list_cohorts, load_samples


@st.cache_data(show_spinner="Membaca data contoh ...")
def _samples() -> list[LoadResult]:
    return load_samples()


results = _samples()
cohorts = list_cohorts(results)
labels = {c.key: c.label for c in cohorts}

st.title("Ringkasan Peserta Pelatihan")
st.info("**Data contoh**: roster fiktif dari `data/samples/`, bukan data peserta sebenarnya.", icon="ℹ️")

key = st.selectbox("Angkatan", options=list(labels), format_func=labels.__getitem__, key="cohort")
frame = cohort_participants(results, key)

for column, metric in zip(st.columns(3), headline_metrics(frame), strict=True):
    with column:
        st.metric(metric.label, metric.value)
        if metric.note:
            st.caption(f"{metric.note} dari peserta")

st.plotly_chart(participants_by_sector(count_by_sector(frame)), config={"displayModeBar": False})
