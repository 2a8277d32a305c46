"""Where a shared diary lives on a PostgreSQL server: the address a care team gives the app.

`parse(url)` checks a `postgresql://user@host:port/dbname` address and returns a
`ServerAddress`: the connection string the app uses (never with a password in it), the same
address to show people (no password), and the password when the URL carried one, which is only
ever handed to the connection. TLS is required for any host other than this computer unless the
URL says otherwise (`?sslmode=...`). No Qt here.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from caregiver_app.messages import MessageError
from caregiver_app.services.messages import message

# The environment variable that names the diary's server, as --database does.
ENV = "CAREGIVER_APP_DATABASE"
# The keyring entry a password is remembered under (service name; the user is the address).
KEYRING_SERVICE = "caregiver-app"

_LOCAL_HOSTS = {"", "localhost"}


class BadAddress(MessageError):
    """The address is not one the app can use; the message names the problem and the value."""


@dataclass(frozen=True)
class ServerAddress:
    conninfo: str  # for libpq: no password, sslmode added where TLS is required
    shown: str  # for people: user@host:port/dbname, no password
    password: str | None = field(default=None, repr=False, compare=False)
    local: bool = True  # the server is on this computer (a Unix socket or loopback)

    def __str__(self) -> str:
        return self.shown


def _is_local(host: str) -> bool:
    if host.startswith("/") or host.lower() in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def looks_like_address(text: str) -> bool:
    return text.strip().lower().startswith(("postgresql://", "postgres://"))


def parse(url: str) -> ServerAddress:
    """Check `url` and split it into what the app connects with and what it shows."""
    text = url.strip()
    if not looks_like_address(text):
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise BadAddress(message("address.not_an_address", value=redact(shown)))
    parts = urlsplit(text)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    host = unquote(parts.hostname or "") if parts.netloc else ""
    host = host or query.get("host", "")
    try:
        port = parts.port
    except ValueError:
        raise BadAddress(message("address.bad_port", value=redact(text))) from None
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname:
        raise BadAddress(message("address.no_database", value=redact(text)))
    user = unquote(parts.username or "") or query.get("user", "")
    in_query = query.pop("password", None)
    password = (unquote(parts.password) if parts.password else None) or in_query or None
    local = all(_is_local(h) for h in host.split(",")) if host else True
    if not local and "sslmode" not in query:
        query["sslmode"] = "require"
    netloc = ""
    if user:
        netloc = quote(user, safe="") + "@"
    if parts.hostname:
        netloc += parts.netloc.rsplit("@", 1)[-1]
    conninfo = urlunsplit(("postgresql", netloc, "/" + quote(dbname), urlencode(query), ""))
    # A Unix socket is this computer too; "localhost" reads the same in every language.
    where = host if host and not host.startswith("/") else "localhost"
    shown = f"{user + '@' if user else ''}{where}{':' + str(port) if port else ''}/{dbname}"
    return ServerAddress(conninfo, shown, password, local)


def redact(text: str) -> str:
    """`text` with the password of any address in it replaced by ***."""
    parts = urlsplit(text) if looks_like_address(text) else None
    if parts is None or parts.password is None:
        return text
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def from_environment(given: str | None) -> str | None:
    """The server address asked for: `--database` if given, else $CAREGIVER_APP_DATABASE."""
    return given or os.environ.get(ENV) or None


def remembered_password(address: ServerAddress) -> str | None:
    """The password this computer's keyring holds for `address`, or None (no keyring, none
    kept, or the keyring refused): libpq then looks in ~/.pgpass and $PGPASSWORD itself."""
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, address.shown)
    except Exception:  # no keyring service on this desktop, a locked one, a missing package
        return None
    return found or None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep `password` in the system keyring for `address`; False when there is no keyring."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.shown, password)
    except Exception:
        return False
    return True


def is_login_refused(reason: str) -> bool:
    """True when the server's words say the login needs a (different) password."""
    words = reason.lower()
    return any(
        w in words
        for w in ("password authentication failed", "no password supplied", "fe_sendauth")
    )
