"""Where an article comes from: a file, standard input, or a web address fetched over the network.

The network is used only here, only for http(s) addresses, with a deadline and a size limit,
and every failure becomes one line naming the address.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from typing import IO, TextIO

from tracker.ingest.clean import InputError

TIMEOUT = 20.0
"""Seconds to wait for a page or feed, the whole download included (`--timeout`)."""
MAX_BYTES = 5_000_000
"""A news page is far smaller; anything bigger is refused rather than read into memory."""
USER_AGENT = "visit-tracker-ingest/0.1 (drafts entries from news pages for an editor to review)"
_CHUNK = 65536


def is_url(name: str) -> bool:
    """True for an http(s) address, which `read_input` fetches."""
    return name.lower().startswith(("http://", "https://"))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only (urllib would also follow one to ftp:)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: object, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise urllib.error.HTTPError(newurl, code, f"redirected to a non-http address {newurl}", {}, fp)  # type: ignore[arg-type]
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def fetch(url: str, timeout: float = TIMEOUT) -> bytes:
    """The body at `url`; raise InputError, naming the address and what went wrong."""
    if not is_url(url):
        raise InputError(f"{url}: only http:// and https:// addresses are fetched")
    deadline = time.monotonic() + timeout
    too_slow = InputError(f"{url}: no answer within {timeout:g} s (try again later, or save the page and ingest the file)")
    body = bytearray()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with _OPENER.open(request, timeout=timeout) as response:
            while chunk := response.read(_CHUNK):
                body += chunk
                if len(body) > MAX_BYTES:
                    raise InputError(f"{url}: larger than {MAX_BYTES // 1_000_000} MB, which no news page is; not read")
                if time.monotonic() > deadline:
                    raise too_slow
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: the server answered {error.code} {error.reason} (check the address)") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise too_slow from error
        raise InputError(f"{url}: cannot fetch ({error.reason})") from error
    except TimeoutError as error:
        raise too_slow from error
    except (http.client.HTTPException, OSError, ValueError) as error:  # ValueError: a malformed address
        raise InputError(f"{url}: cannot fetch ({error or type(error).__name__})") from error
    return bytes(body)


def read_input(name: str, stdin: TextIO, timeout: float = TIMEOUT) -> bytes:
    """An article's bytes: fetched for an http(s) address, standard input for `-`, else a file."""
    if is_url(name):
        return fetch(name, timeout)
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        return buffer.read() if buffer is not None else stdin.read().encode("utf-8")
    try:
        with open(name, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror or error})") from error
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // 1_000_000} MB, which no article is; not read")
    return data
