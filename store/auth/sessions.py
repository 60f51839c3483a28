"""Who may use the dashboard, and for how long: the access mode at start, session expiry, SSO roles.

Pure policy (no database, no Streamlit): dashboard.py feeds it the server address, whether accounts
exist, the request's headers and the clock, and acts on the answer.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from loaders.schema import ROLES
from loaders.settings import SETTINGS, is_on, setting
from store.errors import StoreError

LOCAL_MODE_ENV: Final = "DASBOR_LOCAL_MODE"  # "1": the operator allows local single-user mode (`make run`)
IDLE_ENV: Final = "DASBOR_SESSION_IDLE_MINUTES"
MAX_ENV: Final = "DASBOR_SESSION_MAX_HOURS"
DEFAULT_IDLE_MINUTES: Final = int(SETTINGS[IDLE_ENV].default)
DEFAULT_MAX_HOURS: Final = int(SETTINGS[MAX_ENV].default)

LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
# Headers a reverse proxy adds; their presence means the request did not come from this machine's browser.
PROXY_HEADERS: Final = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")

Mode = Literal["local", "accounts", "refuse"]

REASON_LOCAL: Final = (
    "Belum ada akun pengguna dan server hanya menerima koneksi dari komputer ini (127.0.0.1)."
)
REASON_ACCOUNTS: Final = "Akun pengguna sudah dibuat: setiap pengguna masuk dengan akunnya."
REASON_SSO: Final = "Masuk dengan SSO (penyedia identitas) sudah dikonfigurasi."
NOT_OPTED_IN: Final = (
    "Dasbor tidak dijalankan: belum ada akun pengguna, dan mode lokal satu pengguna (tanpa kata sandi, "
    "berperan admin) tidak diizinkan untuk server ini. Mode lokal hanya menyala bila operator menyetel "
    f"{LOCAL_MODE_ENV}=1 (perintah `make run` melakukannya) dan server hanya mendengarkan di 127.0.0.1; "
    "tanpa itu, koneksi yang diteruskan ke 127.0.0.1 (mis. lewat penerus TCP) tidak dapat dibedakan dari "
    "pengguna di komputer ini."
)
HOW_TO_FIX: Final = (
    "Buat admin pertama dari baris perintah di server: `python -m store users add NAMA --role admin`, "
    "lalu muat ulang halaman ini. Atau jalankan dasbor hanya untuk komputer ini: `make run` "
    f"(sama dengan `{LOCAL_MODE_ENV}=1 streamlit run dashboard.py --server.address 127.0.0.1`)."
)


def is_loopback(host: str | None) -> bool:
    """Whether a server address or Host name means this machine only (127.0.0.0/8, ::1, localhost)."""
    name = (host or "").strip().strip("[]").casefold().rstrip(".")
    if not name:
        return False  # Streamlit's empty server.address listens on every interface
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(host_header: str) -> str:
    """The host part of a Host header ("localhost:8501" -> "localhost", "[::1]:8501" -> "::1")."""
    value = host_header.strip()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


def proxied_request(headers: Mapping[str, str]) -> bool:
    """Whether the request came through a reverse proxy or by a non-local host name (so not from this
    machine's own browser). No headers (tests, bare runs): False."""
    lowered = {str(k).casefold(): str(v) for k, v in headers.items()}
    if any(lowered.get(name, "").strip() for name in PROXY_HEADERS):
        return True
    host = lowered.get("host", "").strip()
    return bool(host) and not is_loopback(host_name(host))


def client_address(remote_ip: object, headers: Mapping[str, str]) -> str:
    """Who is signing in, for the sign-in limits: the connection's IP address; when the connection comes
    from this machine (a reverse proxy in front, which docs/keamanan.md keeps on 127.0.0.1) the address that
    proxy added last to X-Forwarded-For, else X-Real-IP, else 127.0.0.1.

    The forwarded address is only as honest as what forwards the connection: through a plain TCP forwarder
    on this machine a client can name any address there."""
    peer = remote_ip.strip() if isinstance(remote_ip, str) else ""
    if peer and not is_loopback(peer):
        return peer
    lowered = {str(k).casefold(): str(v) for k, v in headers.items()}
    forwarded = [part.strip() for part in lowered.get("x-forwarded-for", "").split(",") if part.strip()]
    named = forwarded[-1] if forwarded else lowered.get("x-real-ip", "").strip()
    return named[:64] if named else "127.0.0.1"


def local_mode_opt_in(env: Mapping[str, str] | None = None) -> bool:
    """Whether the operator allowed local single-user mode: $DASBOR_LOCAL_MODE is 1 (set by `make run`)."""
    return is_on(LOCAL_MODE_ENV, env)


def access_mode(
    server_address: str | None,
    has_accounts: bool,
    sso_configured: bool,
    *,
    proxied: bool = False,
    local_opt_in: bool = False,
) -> tuple[Mode, str]:
    """How this request may use the dashboard, and why (Indonesian, shown to the user when refused).

    - "accounts": accounts exist or SSO is configured; everyone signs in.
    - "local": no accounts, the operator opted in ($DASBOR_LOCAL_MODE=1, `make run`), the server listens on
      a loopback address only and the request is not proxied; one local user with the admin role.
    - "refuse": no accounts and the server is reachable from other machines (or the request came through
      a proxy): the data would be open to anyone.
    """
    if has_accounts:
        return "accounts", REASON_ACCOUNTS
    if sso_configured:
        return "accounts", REASON_SSO
    address = (server_address or "").strip()
    if not is_loopback(address):
        shown = address or "semua alamat jaringan (server.address kosong)"
        return "refuse", (
            f"Dasbor tidak dijalankan: belum ada akun pengguna, sedangkan server menerima koneksi dari "
            f"{shown}, bukan hanya dari komputer ini. Tanpa akun, siapa pun di jaringan dapat melihat dan "
            f"menghapus data peserta. {HOW_TO_FIX}"
        )
    if not local_opt_in:
        return "refuse", f"{NOT_OPTED_IN} {HOW_TO_FIX}"
    if proxied:
        return "refuse", (
            "Dasbor tidak dijalankan: belum ada akun pengguna, sedangkan permintaan ini datang lewat proxy "
            "atau nama host lain, bukan dari peramban di komputer server. Tanpa akun, siapa pun yang dapat "
            f"membuka alamat ini dapat melihat dan menghapus data peserta. {HOW_TO_FIX}"
        )
    return "local", REASON_LOCAL


# --- session expiry -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionPolicy:
    """How long a sign-in lasts: idle minutes since the last action, and hours since signing in."""

    idle_minutes: int = DEFAULT_IDLE_MINUTES
    max_hours: int = DEFAULT_MAX_HOURS


def session_policy(env: Mapping[str, str] | None = None) -> SessionPolicy:
    """The policy from DASBOR_SESSION_IDLE_MINUTES / DASBOR_SESSION_MAX_HOURS (defaults 60 and 12)."""
    return SessionPolicy(idle_minutes=_positive_int(IDLE_ENV, env), max_hours=_positive_int(MAX_ENV, env))


def _positive_int(name: str, env: Mapping[str, str] | None) -> int:
    text = setting(name, env)  # the settings table holds the default
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise StoreError("bad_config", f"{name}={text!r} tidak valid: isi bilangan bulat positif.")
    return value


def session_expiry(
    signed_in_at: float, last_seen: float, now: float, idle_minutes: int, max_hours: int
) -> Literal["idle", "max"] | None:
    """Why a sign-in has expired ("idle": no action for idle_minutes, "max": signed in longer than
    max_hours), or None while it is valid. Times are seconds since the epoch."""
    if now - signed_in_at >= max_hours * 3600 or now < signed_in_at:
        return "max"
    if now - last_seen >= idle_minutes * 60:
        return "idle"
    return None


def session_state_valid(
    signed_in_at: float, last_seen: float, now: float, idle_minutes: int, max_hours: int
) -> bool:
    """Whether a sign-in is still valid at `now` (see session_expiry)."""
    return session_expiry(signed_in_at, last_seen, now, idle_minutes, max_hours) is None


@dataclass
class SignIn:
    """One browser session's sign-in. Mutable on purpose: the router updates last_seen on every run and
    marks it ended on sign-out, and download callbacks (run outside the script) check it when clicked."""

    username: str  # the name in the audit log
    display_name: str
    role: str
    method: Literal["local", "password", "sso"]
    signed_in_at: float
    last_seen: float
    ended: bool = False

    def active(self, now: float, policy: SessionPolicy) -> bool:
        """Not signed out and not expired (a local session never expires)."""
        if self.ended:
            return False
        if self.method == "local":
            return True
        return session_state_valid(
            self.signed_in_at, self.last_seen, now, policy.idle_minutes, policy.max_hours
        )


# --- SSO ---------------------------------------------------------------------------------------------------


def sso_role(email: object, allow_list: Mapping[str, object], *, email_verified: object = None) -> str | None:
    """The role an SSO identity gets from the allow-list ([dasbor.sso_roles] in secrets.toml: email ->
    role, or "*@domain" -> role for a whole domain; exact addresses win), None when not allowed.

    A provider that says the address is not verified (email_verified false) gets no role."""
    if not isinstance(email, str) or "@" not in email or email_verified is False:
        return None
    address = email.strip().casefold()
    table = {str(k).strip().casefold(): str(v).strip().casefold() for k, v in allow_list.items()}
    role = table.get(address)
    if role is None:
        role = table.get("*@" + address.rsplit("@", 1)[1])
    return role if role in ROLES else None
