"""Turn a clinician's chat sentence into CE completions: pure Python, no store, no platform."""

from bot.parsing.catalog import CatalogIndex
from bot.parsing.completion import parse_completion
from bot.parsing.edit import apply_edit
from bot.parsing.intent import looks_like_client_info
from bot.parsing.model import CatalogEntry, ParsedCompletion, ParseResult

__all__ = [
    "CatalogEntry",
    "CatalogIndex",
    "ParseResult",
    "ParsedCompletion",
    "apply_edit",
    "looks_like_client_info",
    "parse_completion",
]
