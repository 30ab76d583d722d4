"""rumourmill: turns football news into a trustworthy ledger of transfer rumours.

>>> from rumourmill import Pipeline, KnowledgeBase, extract_text
>>> extraction = extract_text(open("article.txt").read())
>>> [(c.player.name, c.to_club.name, c.stage) for c in extraction.claims]
"""

from rumourmill.api import extract_paths, extract_text, load_kb
from rumourmill.extract import Pipeline
from rumourmill.ingest import read_articles
from rumourmill.kb import KnowledgeBase, import_kb
from rumourmill.models import Article, Claim, Entity, Extraction, Fact, Mention, Ref, Stance

__all__ = [
    "Article",
    "Claim",
    "Entity",
    "Extraction",
    "Fact",
    "KnowledgeBase",
    "Mention",
    "Pipeline",
    "Ref",
    "Stance",
    "extract_paths",
    "extract_text",
    "import_kb",
    "load_kb",
    "read_articles",
]
