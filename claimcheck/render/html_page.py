"""What every claimcheck HTML page shares: the template environment, the inline assets and the CSP.

Pages are self-contained, so CSS and JS are inlined; the Content-Security-Policy
allows exactly those inline blocks (by hash) and nothing else, which backs up
the escaping: even article text that slipped through as markup could neither
run a script nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup


@lru_cache(maxsize=None)
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("claimcheck.render", "assets"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=None)
def asset(name: str) -> Markup:
    """A file shipped beside the templates, trusted because it is ours."""
    return Markup(resources.files("claimcheck.render").joinpath("assets", name).read_text("utf-8"))


def _sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def content_security_policy(css: str, js: str = "") -> str:
    """Allow only this page's own inline style and script; no network of any kind."""
    scripts = _sha256_source(js) if js else "'none'"
    return (
        f"default-src 'none'; style-src {_sha256_source(css)}; script-src {scripts}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
