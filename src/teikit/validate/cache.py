"""teikit's on-disk cache: specialised grammars and schemas fetched over the network.

An entry is never used stale: it is named by a hash of everything it depends
on (``key``), or it records its sources and is checked against them when read
(``slot``). An unreadable entry is ignored and rebuilt.
"""

from __future__ import annotations

import os
import zlib
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
    import hashlib  # only entries named by their sources need it: its import costs milliseconds

    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode() if isinstance(part, str) else part)
    return digest.hexdigest()


def slot(*parts: str) -> str:
    """A short name for an entry that records and checks its own sources: two sets of parts that share
    a name only cost a rebuild."""
    return f"{zlib.crc32(chr(0).join((__version__, *parts)).encode()):08x}"


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
