"""Exceptions that carry their own exit status; caught only at the CLI's edge."""

from __future__ import annotations


class TeikitError(Exception):
    """A failure a person can act on. Exit status 1: a document failed."""

    exit_code = 1


class InputError(TeikitError):
    """Unreadable or malformed input, or a bad option. Exit status 2."""

    exit_code = 2
