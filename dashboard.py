"""Entry point: page config and navigation. Pages live in pages/; numbers come from peserta/."""

import streamlit as st

st.set_page_config(page_title="Dasbor Peserta Pelatihan", page_icon=":bar_chart:", layout="wide")

# Explicit url_path values: pages/ is also Streamlit's legacy auto-discovery folder (see HOUSE_STYLE).
PAGES = [
    st.Page(
        "pages/ringkasan.py",
        title="Ringkasan",
        icon=":material/dashboard:",
        url_path="ringkasan",
        default=True,
    ),
]

st.navigation(PAGES).run()
