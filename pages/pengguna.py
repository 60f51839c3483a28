"""Pengguna: the accounts (admin only): add, change role, reset a password, disable or enable, lift sign-in
locks, delete.

Every change re-checks the admin role at the moment it is made and is written to the audit log by
store.auth.accounts (account names only, never a password).
"""

from collections.abc import Callable
from typing import Final

import streamlit as st

from loaders.schema import ADMIN, ROLES, VIEWER
from pages.context import flash, page_context, show_flash
from pages.guards import require_page, require_role
from pages.navigation import ADMIN_ROLES
from pages.widgets import md_escape, table, when
from peserta.i18n import N_
from peserta.i18n import role_label as role_label_in
from store import StoreError
from store.auth.accounts import MIN_PASSWORD_LENGTH, USER_COLUMNS, Accounts

AUTH_NOTICE_KEY: Final = "dasbor.auth_notice"  # dashboard.NOTICE_KEY: the sign-in form shows it once

ctx = page_context()
require_page(ctx, __file__)  # admins only (pages.PAGES)
accounts = Accounts(ctx.store)

st.title(ctx.t("page.pengguna"))
show_flash()
if ctx.sign_in is not None and ctx.sign_in.method == "local":
    st.info(ctx.t("users.local_note"), icon=":material/info:")


def role_label(role: str) -> str:
    return role_label_in(role, ctx.lang)


def done(key: str, **fmt: object) -> None:
    """Keep the success message and rerun (the list and the navigation read the change)."""
    flash(ctx.t(key, **{k: md_escape(v) for k, v in fmt.items()}))
    st.rerun()


def attempt(change: Callable[[], object]) -> bool:
    """Run one account change after re-checking the admin role; False, with the message shown, when the
    store refused it."""
    require_role(ctx, ADMIN_ROLES)
    try:
        change()
    except StoreError as exc:
        st.error(md_escape(exc.message))
        return False
    return True


users = accounts.list_users()
st.subheader(ctx.t("users.list"))
if users.empty:
    st.caption(ctx.t("users.none"))
else:
    table(
        users.assign(role=[role_label(r) for r in users["role"]]),
        "pengguna.list",
        columns=USER_COLUMNS,
        labels={
            "username": ctx.t("auth.username"),
            "display_name": ctx.t("users.display_name"),
            "role": ctx.t("users.role"),
            "disabled": ctx.t("users.disabled"),
        },
        config={
            "created_at": when(ctx.t("users.created_at")),
            "last_sign_in_at": when(ctx.t("users.last_sign_in_at")),
            "locked_until": when(ctx.t("users.locked_until")),
        },
    )

# --- add ----------------------------------------------------------------------------------------------------
st.subheader(ctx.t("users.add"))
first = users.empty
with st.form("pengguna.add", clear_on_submit=True):
    left, right = st.columns(2)
    username = left.text_input(ctx.t("auth.username"), max_chars=64, key="pengguna.add.username")
    display_name = right.text_input(ctx.t("users.display_name"), max_chars=100, key="pengguna.add.display")
    role = st.selectbox(
        ctx.t("users.role"),
        [ADMIN] if first else list(ROLES),
        index=0 if first else list(ROLES).index(VIEWER),  # least privilege; only the first must be admin
        format_func=role_label,
        key="pengguna.add.role",
        help=ctx.t("users.first_admin") if first else ctx.t("users.role_help"),
    )
    left, right = st.columns(2)
    password = left.text_input(
        ctx.t("users.password", n=MIN_PASSWORD_LENGTH),
        type="password",
        autocomplete="new-password",
        key="pengguna.add.password",
    )
    again = right.text_input(
        ctx.t("users.password_again"), type="password", autocomplete="new-password", key="pengguna.add.again"
    )
    if st.form_submit_button(ctx.t("users.add"), type="primary", icon=":material/person_add:"):
        if password != again:
            st.error(ctx.t("users.password_mismatch"))
        elif attempt(
            lambda: accounts.create_user(
                username, password, role, display_name=display_name or None, by=ctx.user
            ),
        ):
            if first and ctx.sign_in is not None and ctx.sign_in.method == "local":
                # The first account ends local mode: the next run is the sign-in page, which says why.
                st.session_state[AUTH_NOTICE_KEY] = ctx.t("users.first_created")
            done(N_("users.added"), name=username.strip().casefold())

if users.empty:
    st.stop()
names = list(users["username"])

# --- change role ------------------------------------------------------------------------------------------
st.subheader(ctx.t("users.change"))
with st.form("pengguna.role"):
    left, right = st.columns(2)
    who = left.selectbox(ctx.t("auth.username"), names, key="pengguna.role.user")
    new_role = right.selectbox(
        ctx.t("users.role"), list(ROLES), format_func=role_label, key="pengguna.role.role"
    )
    if st.form_submit_button(ctx.t("users.set_role"), icon=":material/badge:"):
        if attempt(lambda: accounts.set_role(who, new_role, by=ctx.user)):
            done(N_("users.role_set"), name=who, role=role_label(new_role))

# --- reset a password ---------------------------------------------------------------------------------------
with st.form("pengguna.password", clear_on_submit=True):
    who_pw = st.selectbox(ctx.t("auth.username"), names, key="pengguna.password.user")
    left, right = st.columns(2)
    new_password = left.text_input(
        ctx.t("users.password", n=MIN_PASSWORD_LENGTH),
        type="password",
        autocomplete="new-password",
        key="pengguna.password.new",
    )
    new_again = right.text_input(
        ctx.t("users.password_again"),
        type="password",
        autocomplete="new-password",
        key="pengguna.password.again",
    )
    if st.form_submit_button(ctx.t("users.set_password"), icon=":material/password:"):
        if new_password != new_again:
            st.error(ctx.t("users.password_mismatch"))
        elif attempt(lambda: accounts.set_password(who_pw, new_password, by=ctx.user)):
            done(N_("users.password_set"), name=who_pw)

# --- disable, enable, delete ------------------------------------------------------------------------------
with st.form("pengguna.state"):
    who_state = st.selectbox(ctx.t("auth.username"), names, key="pengguna.state.user")
    word = st.text_input(ctx.t("users.delete_confirm"), key="pengguna.state.confirm")
    disable, enable, unlock, delete = st.columns(4)
    if disable.form_submit_button(ctx.t("users.disable"), icon=":material/person_off:"):
        if attempt(lambda: accounts.set_disabled(who_state, True, by=ctx.user)):
            done(N_("users.disabled_done"), name=who_state)
    if enable.form_submit_button(ctx.t("users.enable"), icon=":material/person_check:"):
        if attempt(lambda: accounts.set_disabled(who_state, False, by=ctx.user)):
            done(N_("users.enabled_done"), name=who_state)
    if unlock.form_submit_button(ctx.t("users.unlock"), icon=":material/lock_open:"):
        if attempt(lambda: accounts.unlock(who_state, by=ctx.user)):
            done(N_("users.unlocked"), name=who_state)
    if delete.form_submit_button(ctx.t("users.delete"), icon=":material/person_remove:"):
        if word.strip().upper() != ctx.t("manage.confirm_word"):
            st.error(ctx.t("manage.confirm_mismatch"))
        elif attempt(lambda: accounts.delete_user(who_state, by=ctx.user)):
            done(N_("users.deleted"), name=who_state)
