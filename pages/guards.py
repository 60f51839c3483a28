"""Access checks: a page's roles at its top, an action's again at the moment it acts, and downloads of data
that leaves the server (checked again and audited when clicked)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

import streamlit as st

from pages.context import AppContext
from pages.navigation import ADMIN_ROLES, page_spec
from peserta.i18n import N_


def require_role(ctx: AppContext, roles: Iterable[str]) -> None:
    """Stop the page (or the action) with an explanation unless the user, still signed in, holds one of
    `roles`. Pages call it at their top, action handlers again right before they change anything."""
    roles = frozenset(roles)
    if not ctx.may(roles):
        logging.getLogger("dasbor.access").warning("refused: role %s, needs %s", ctx.role, sorted(roles))
        if ctx.role in roles:  # the role fits, the sign-in does not (expired or signed out meanwhile)
            key = N_("auth.session_over")
        else:
            key = N_("auth.forbidden_admin") if roles <= ADMIN_ROLES else N_("auth.forbidden")
        st.warning(ctx.t(key), icon=":material/lock:")
        st.stop()


def require_page(ctx: AppContext, script: str) -> None:
    """A page's first check: the roles its PageSpec names (a script that is no page: nobody)."""
    spec = page_spec(script)
    require_role(ctx, spec.roles if spec is not None else ())


def still_allowed(ctx: AppContext, roles: frozenset[str]) -> bool:
    """ctx.may(roles), and for a local account also its role and state as stored now (for checks that run
    later than the page, e.g. when a download button is clicked)."""
    if not ctx.may(roles):
        return False
    if ctx.sign_in is None or ctx.sign_in.method != "password":
        return True
    from store.auth.accounts import Accounts

    account = Accounts(ctx.store).get(ctx.sign_in.username)
    return account is not None and not account.disabled and account.role in roles


def audited_download(
    ctx: AppContext,
    label: str,
    build: Callable[[], bytes],
    *,
    roles: Iterable[str],
    action: str,
    detail: str,
    file_name: str,
    mime: str,
    key: str,
    icon: str = ":material/download:",
) -> None:
    """A download button for data that leaves the server: shown only to `roles`, and when clicked the role
    and the sign-in are checked again and the download is written to the audit log (`detail`: counts or
    cohort names, never a person) before the file is built. The file is built only when clicked."""
    allowed = frozenset(roles)
    if not ctx.may(allowed):
        return

    def checked() -> bytes:
        # Runs when the button is clicked, outside the script run: no Streamlit calls here.
        if not still_allowed(ctx, allowed):
            raise PermissionError("sign-in expired or role changed since the page was drawn")
        from store.audit import audit_event

        audit_event(ctx.store, ctx.user, action, detail)
        return build()

    st.download_button(
        label, data=checked, file_name=file_name, mime=mime, icon=icon, on_click="ignore", key=key
    )
