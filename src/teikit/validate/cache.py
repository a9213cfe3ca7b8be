"""teikit's on-disk cache: specialised grammars and schemas fetched over the network.

Entries are keyed by a hash of everything they depend on, so a stale entry is
never used; an unreadable entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from teikit import __version__
from teikit.xml import stage


def cache_dir() -> Path:
    """``$TEIKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/teikit``, else ``~/.cache/teikit``."""
    explicit = os.environ.get("TEIKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teikit"


def key(*parts: str | bytes) -> str:
    """A hex digest of the parts and of teikit's version."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()


def fetch(area: str, name: str) -> bytes | None:
    """The cached bytes, or None."""
    try:
        return (cache_dir() / area / name).read_bytes()
    except OSError:
        return None


def store(area: str, name: str, data: bytes, *, sync: bool = True) -> None:
    """Keep the bytes; a cache that cannot be written is no error.

    Always renamed into place complete; ``sync=False`` for an entry that is
    checked when read and rebuilt when damaged (a sync can cost more than the
    entry saves).
    """
    target = cache_dir() / area / name
    try:
        staged = stage(target, data, sync=sync)
        try:
            os.replace(staged, target)
        except OSError:
            staged.unlink(missing_ok=True)
    except OSError:
        pass
