"""Knowledge base: clubs, players, people, outlets and competitions with all their names."""

from rumourmill.kb.entities import Alias, KBEntity
from rumourmill.kb.knowledge_base import KnowledgeBase, SearchResult, import_kb

__all__ = ["Alias", "KBEntity", "KnowledgeBase", "SearchResult", "import_kb"]
