"""The public JSON contract of `rumourmill extract` (see DESIGN.md): stable field names."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date

from rumourmill.models import Claim, Entity, Extraction, Fact, Fee, Ref, Source, Span, Stance


def ref(value: Ref | None) -> dict | None:
    return None if value is None else {"id": value.id, "name": value.name}


def span(value: Span) -> dict:
    return {"text": value.text, "start": value.start, "end": value.end}


def fee(value: Fee | None) -> dict | None:
    if value is None:
        return None
    out = {"amount": value.amount, "currency": value.currency}
    if value.add_ons:
        out["add_ons"] = value.add_ons
    return out


def source(value: Source | None) -> dict | None:
    return None if value is None else {"name": value.name, "kind": value.kind}


def claim(value: Claim) -> dict:
    return {
        "player": ref(value.player),
        "from_club": ref(value.from_club),
        "to_club": ref(value.to_club),
        "type": value.type,
        "stage": value.stage,
        "tense": value.tense,
        "window": value.window,
        "duration_months": value.duration_months,
        "fee": fee(value.fee),
        "origin": source(value.origin),
        "via": list(value.via),
        "hedged": value.hedged,
        "certainty": value.certainty,
        "evidence": span(value.evidence),
    }


def entity(value: Entity) -> dict:
    return {
        "kind": value.kind,
        "id": value.ref.id,
        "name": value.ref.name,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in value.mentions],
    }


def fact(value: Fact) -> dict:
    return {
        "kind": value.kind,
        "subject": ref(value.subject),
        "value": value.value,
        "evidence": span(value.evidence),
    }


def stance(value: Stance) -> dict:
    return {"about": ref(value.about), "view": value.view, "evidence": span(value.evidence)}


def extraction(value: Extraction) -> dict:
    article = value.article
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "url": article.url,
            "language": article.language,
            "source": article.source,
        },
        "entities": [entity(e) for e in value.entities],
        "claims": [claim(c) for c in value.claims],
        "facts": [fact(f) for f in value.facts],
        "stance": [stance(s) for s in value.stance],
    }


# -- the ledger -------------------------------------------------------------------------------
def plain(value):
    """Dataclasses, dates, tuples and dicts as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def csv_text(rows: list[dict]) -> str:
    """Rows as CSV; lists and dicts inside a cell are written as JSON."""
    buffer = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
    return buffer.getvalue()
