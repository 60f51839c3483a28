"""Access for the router (dashboard.py): the sign-in page, the session behind the browser's cookie, SSO
through st.login, local single-user mode, and who is signed in in the sidebar. The rules themselves are
store.auth.sessions' pure functions and store.auth.user_sessions' table; this module is their Streamlit side."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import streamlit as st
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.scriptrunner import get_script_run_ctx

from loaders.schema import ADMIN
from pages.navigation import text
from peserta.i18n import N_, role_label
from store import Store
from store.audit import audit_event
from store.auth.accounts import Accounts
from store.auth.session_routes import handoff_url, mounted
from store.auth.sessions import SessionPolicy, SignIn, client_address, session_expiry, sso_role
from store.auth.user_sessions import COOKIE_NAME, ServerSession, UserSessions

LANG_KEY: Final = "lang"  # URL query key and widget key (the language survives a sign-out)
# The signed-in user's role and name (mirrors of the SignIn object under SIGN_IN_KEY, which also holds the
# sign-in and last-action times). Only this file writes them; the browser cannot set them (no widget uses
# them). In local mode the one user is admin (tests may set ROLE_KEY to act as another role).
ROLE_KEY: Final = "dasbor.role"
USER_KEY: Final = "dasbor.user"
SIGN_IN_KEY: Final = "dasbor.sign_in"
NOTICE_KEY: Final = "dasbor.auth_notice"  # why the sign-in form is shown again (expired, signed out)
SSO_REFUSED_KEY: Final = "dasbor.sso_refused"  # the refused SSO address was audited in this session
LOCAL_ROLE: Final = ADMIN
LOCAL_USER: Final = "lokal"  # the audit log's name for the single local user
# Audit-log details of the sign-in events (Indonesian like the rest of the log; never a password).
# Why a session ended / a sign-in failed (store.sessions.session_expiry, store.accounts.Outcome) -> text id.
EXPIRED_NOTICES: Final[dict[str, str]] = {"idle": N_("auth.expired_idle"), "max": N_("auth.expired_max")}
FAILED_NOTICES: Final[dict[str, str]] = {
    "invalid": N_("auth.failed_invalid"),
    "locked": N_("auth.failed_locked"),
    "throttled": N_("auth.failed_throttled"),
    "busy": N_("auth.failed_busy"),
    "disabled": N_("auth.failed_disabled"),
}
AUDIT_DETAILS: Final[dict[str, str]] = {
    "keluar": "Keluar.",
    "sesi_berakhir": "Sesi berakhir (tidak aktif terlalu lama, batas waktu, keluar di tab lain, atau akun diubah).",
    "masuk_sso": "Masuk dengan SSO.",
    "masuk_ditolak": "Masuk dengan SSO ditolak: alamat @{domain} tidak ada di daftar [dasbor.sso_roles].",
}
log = logging.getLogger("dasbor")


# --- sign-in, session ------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def log_once(message: str) -> bool:
    """Write a warning to the server log once per server (not on every rerun of every visitor)."""
    log.error("%s", message)
    return True


def _secrets_section(name: str) -> Mapping[str, Any]:
    """A table of .streamlit/secrets.toml, {} when the file or the table is missing."""
    try:
        section = st.secrets.get(name)
    except FileNotFoundError:  # no secrets.toml (StreamlitSecretNotFoundError)
        return {}
    return section if isinstance(section, Mapping) else {}


def sso_allow_list() -> Mapping[str, Any] | None:
    """The SSO allow-list (email or "*@domain" -> role) when an identity provider is configured ([auth] in
    secrets.toml) and Authlib (streamlit[auth]) is installed; else None."""
    if not _secrets_section("auth"):
        return None
    from streamlit.auth_util import is_authlib_installed

    if not is_authlib_installed():
        log_once("[auth] is configured in secrets.toml but Authlib is not installed: SSO is off")
        return None
    roles = _secrets_section("dasbor").get("sso_roles", {})
    return roles if isinstance(roles, Mapping) else {}


def _sso_provider() -> str | None:
    """The provider name for st.login: [dasbor] sso_provider, else the only [auth.NAME] table, else None."""
    named = _secrets_section("dasbor").get("sso_provider")
    if isinstance(named, str) and named.strip():
        return named.strip()
    tables = [k for k, v in _secrets_section("auth").items() if isinstance(v, Mapping)]
    return tables[0] if len(tables) == 1 else None


def _remember(sign_in: SignIn) -> SignIn:
    st.session_state[SIGN_IN_KEY] = sign_in
    st.session_state[ROLE_KEY] = sign_in.role
    st.session_state[USER_KEY] = sign_in.username
    return sign_in


def _end_session(store: Store, sign_in: SignIn, action: str, notice_key: str | None, lang: str) -> None:
    """Sign out: audit, forget everything this session held (uploads, filters) except the language."""
    sign_in.ended = True  # download callbacks of this session refuse from now on
    audit_event(store, sign_in.username, action, AUDIT_DETAILS[action])
    kept = st.session_state.get(LANG_KEY)
    st.session_state.clear()
    if kept is not None:
        st.session_state[LANG_KEY] = kept
    if notice_key:
        st.session_state[NOTICE_KEY] = text(notice_key, lang)
    if sign_in.method == "password" and mounted():
        # the cookie's token is worthless from now on, on every server
        UserSessions(store).end(_cookie_token())
    if sign_in.method == "sso":
        st.logout()  # also drop the identity cookie, or the next run would sign in again at once


def _cookie_token() -> str:
    """The sign-in cookie's token as the browser sent it when this page connected ("" without one)."""
    try:
        cookies = st.context.cookies
        return str(cookies.get(COOKIE_NAME) or "") if cookies else ""
    except Exception:  # noqa: BLE001 - no browser connection (AppTest): no cookie
        return ""


def _here() -> str:
    """This page's path and query (filters, language) on this site, to come back to after signing in."""
    path = urlsplit(st.context.url or "/").path or "/"
    query = urlencode({k: st.query_params.get_all(k) for k in st.query_params}, doseq=True)
    return f"{path}?{query}" if query else path


def _redirect(url: str) -> None:
    """Send the browser to `url` on this site (the message st.login uses to reach its provider)."""
    ctx = get_script_run_ctx()
    if ctx is not None:
        message = ForwardMsg()
        message.auth_redirect.url = url
        ctx.enqueue(message)


def _cookie_sign_in(store: Store, current: SignIn | None, policy: SessionPolicy, lang: str) -> SignIn | None:
    """The sign-in behind the browser's session cookie, checked in the database on every run (expired,
    signed out in another tab or on another server, account disabled or demoted: ended here); a promoted
    account gets a new token first. None: show the sign-in form."""
    sessions = UserSessions(store, policy)
    token = _cookie_token()
    found = sessions.check(token) if token else "gone"
    if isinstance(found, ServerSession):
        if found.rotate and (code := sessions.rotate(token)) is not None:
            _redirect(handoff_url(code, _here()))
            st.stop()
        now = time.time()
        if current is None or current.username != found.username or current.ended:
            signed_at = found.signed_in_at.timestamp()
            current = SignIn(found.username, found.display_name, found.role, "password", signed_at, now)
        current.role, current.display_name, current.last_seen = found.role, found.display_name, now
        return _remember(current)
    if current is not None or found != "gone":  # was signed in: say why it ended (once)
        ended = current or SignIn("(sesi)", "", "", "password", 0.0, 0.0)
        notice = EXPIRED_NOTICES[found] if found != "gone" else N_("auth.session_revoked")
        _end_session(store, ended, "sesi_berakhir", notice, lang)
    return None


def _current_role(sign_in: SignIn, accounts: Accounts, sso: Mapping[str, Any] | None) -> str | None:
    """The role the account or the allow-list gives now (changed or removed since signing in?)."""
    if sign_in.method == "sso":
        return sso_role(sign_in.username, sso or {})
    account = accounts.get(sign_in.username)
    return None if account is None or account.disabled else account.role


def signed_in(
    store: Store, accounts: Accounts, sso: Mapping[str, Any] | None, policy: SessionPolicy, lang: str
) -> SignIn | None:
    """The valid sign-in of this session (role refreshed, last action now), else None (expired sessions
    are ended here; an SSO identity on the allow-list is signed in)."""
    now = time.time()
    current = st.session_state.get(SIGN_IN_KEY)
    if mounted() and not (isinstance(current, SignIn) and current.method == "sso"):
        signed = _cookie_sign_in(store, current if isinstance(current, SignIn) else None, policy, lang)
        if signed is not None:
            return signed
        current = None  # no password session: SSO below may still sign in
    if isinstance(current, SignIn) and current.method != "local":
        expired = session_expiry(
            current.signed_in_at, current.last_seen, now, policy.idle_minutes, policy.max_hours
        )
        role = None if expired else _current_role(current, accounts, sso)
        if expired or role is None:
            notice = EXPIRED_NOTICES[expired] if expired else N_("auth.account_gone")
            _end_session(store, current, "sesi_berakhir", notice, lang)
            if current.method == "sso":
                st.stop()
            return None
        current.role, current.last_seen = role, now
        return _remember(current)
    if sso is not None and st.user.get("is_logged_in"):
        email = str(st.user.get("email") or "")
        role = sso_role(email, sso, email_verified=st.user.get("email_verified"))
        if role is not None:
            audit_event(store, email.casefold(), "masuk", AUDIT_DETAILS["masuk_sso"])
            name = str(st.user.get("name") or email)
            return _remember(SignIn(email.casefold(), name, role, "sso", now, now))
        if not st.session_state.get(SSO_REFUSED_KEY):
            domain = email.rsplit("@", 1)[-1] if "@" in email else "?"
            audit_event(store, "(sso)", "masuk_ditolak", AUDIT_DETAILS["masuk_ditolak"].format(domain=domain))
            st.session_state[SSO_REFUSED_KEY] = True
    return None


def sign_in_form(
    store: Store, accounts: Accounts, sso: Mapping[str, Any] | None, policy: SessionPolicy, lang: str
) -> None:
    """The sign-in page: why it is shown, username and password, and SSO when configured."""
    st.title(text("auth.sign_in_title", lang))
    st.caption(text("app.subtitle", lang))
    with st.columns([3, 4])[0]:  # a narrow form
        notice = st.session_state.pop(NOTICE_KEY, None)
        if notice:
            st.info(notice, icon=":material/schedule:")
        if sso is not None:
            if st.user.get("is_logged_in"):  # signed in at the provider, but not on the allow-list
                st.error(text("auth.sso_refused", lang), icon=":material/block:")
                st.text(str(st.user.get("email") or ""))
                st.button(text("auth.sso_sign_out", lang), on_click=st.logout, key="masuk.sso_logout")
                return
            provider = _sso_provider()
            st.button(
                text("auth.sso", lang),
                type="primary",
                icon=":material/key:",
                key="masuk.sso",
                on_click=st.login,
                args=(provider,) if provider else (),
            )
            if not accounts.has_accounts():
                return
            st.caption(text("auth.or_password", lang))
        with st.form("masuk", clear_on_submit=True):  # the password does not stay in the session state
            username = st.text_input(text("auth.username", lang), max_chars=64, autocomplete="username")
            password = st.text_input(
                text("auth.password", lang), type="password", max_chars=1024, autocomplete="current-password"
            )
            submitted = st.form_submit_button(
                text("auth.sign_in", lang), type="primary", icon=":material/login:"
            )
        if not submitted:
            return
        if not username.strip() or not password:
            st.error(text("auth.missing", lang))
            return
        # argon2 runs here, on this session's script thread, never on the server's event loop
        client = client_address(st.context.ip_address, st.context.headers or {})
        result = accounts.authenticate(username, password, client=client)
        if result.outcome == "ok" and result.account is not None:
            now = time.time()
            account = result.account
            if mounted():  # a new session in the database; the cookie endpoint sets its token, then back here
                code = UserSessions(store, policy).start(account.username, replaces=_cookie_token() or None)
                _redirect(handoff_url(code, _here()))
                st.stop()
            _remember(SignIn(account.username, account.display_name, account.role, "password", now, now))
            st.rerun()
        st.error(text(FAILED_NOTICES[result.outcome], lang), icon=":material/error:")


def account_sidebar(store: Store, sign_in: SignIn, lang: str) -> None:
    """Who is signed in (name shown literally) and the sign-out button; in local mode the mode's label."""
    if sign_in.method == "local":
        st.sidebar.caption(text("auth.local_mode", lang))
        return
    st.sidebar.text(sign_in.display_name)
    st.sidebar.caption(text("auth.role_line", lang, role=role_label(sign_in.role, lang)))
    if st.sidebar.button(text("auth.sign_out", lang), icon=":material/logout:", key="auth.sign_out"):
        _end_session(store, sign_in, "keluar", N_("auth.signed_out"), lang)
        st.rerun()


def local_sign_in() -> SignIn:
    """Local single-user mode: the one user, admin (no expiry)."""
    now = time.time()
    role = st.session_state.get(ROLE_KEY, LOCAL_ROLE)
    user = st.session_state.get(USER_KEY, LOCAL_USER)
    return SignIn(str(user), str(user), str(role), "local", now, now)
