"""One catalogue of the errors rumourmill reports, so messages are consistent and findable."""

from __future__ import annotations


class RumourmillError(Exception):
    """Base class: every error the tool reports to a user."""


class BadInput(RumourmillError):
    """An input item that cannot be read; the batch goes on without it."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class KBError(RumourmillError):
    """The knowledge base cannot be built or read."""


class InputWarning:
    """Something odd about an input item that did not stop it being read."""

    def __init__(self, item: str, reason: str) -> None:
        self.item = item
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


# Reasons, worded once.
EMPTY = "the file is empty"
EMPTY_TEXT = "no article text found"
BINARY = "looks like a binary file, not text ({detail})"
TOO_LARGE = "is {size_mb:.0f} MB, over the {limit_mb} MB limit for one article"
UNDECODABLE = "is not valid UTF-8 and its encoding could not be detected"
BAD_JSON = "line is not valid JSON ({detail})"
LINE_NOT_UTF8 = "line is not valid UTF-8"
BAD_JSON_ITEM = "line is not a JSON object with a 'text' field"
NO_HTML_TEXT = "no main text could be extracted from the HTML"
BAD_FEED = "not a readable RSS/Atom feed ({detail})"
NOT_FOUND = "no such file or directory"
BAD_DATE = "cannot read {value!r} as a date"
