"""What flows need besides the database, built once by the mentor and shared by every turn."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine

from bot.catalog_view import CatalogCache
from bot.rules import RuleSet


@dataclass(frozen=True)
class Services:
    """What flows need besides the database: rule sets and the catalog's match list."""

    rule_sets: Mapping[str, RuleSet]
    engine: Engine
    catalog: CatalogCache = field(default_factory=CatalogCache)
    public_base_url: str = "http://localhost:3978"  # where members reach `serve` (calendar links)
