"""The dashboard's pages (one script each, run by the router in dashboard.py) and what they share:

- ``pages.navigation``: the page list, URL paths, sections and roles;
- ``pages.context``: the context the router hands each run (``page_context()``), flash messages;
- ``pages.guards``: role checks at the top of a page and at each action, audited downloads;
- ``pages.sidebar``: language, the shared filters, the filter chips and the URL kept in step;
- ``pages.widgets``: charts, tables and text helpers;
- ``pages.reads``: cached store reads shared by several pages;
- ``pages.forms``: the classify-an-instansi form;
- ``pages.access``: sign-in, sign-out and single sign-on.

This file is not a page: Streamlit's legacy ``pages/`` auto-discovery skips ``__init__.py``.
"""
