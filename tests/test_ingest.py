"""Every input format, and every kind of bad input, through the real CLI."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from rumourmill import errors
from rumourmill.ingest import read_articles

STORY = (
    "date 2026-01-10\n\nArsenal have opened talks with Brentford over a £40m move for striker Ivan Marek, 24, "
    "according to Sky Sports.\n\nThe Gunners want to complete the deal before the deadline."
)


@pytest.fixture()
def batch(tmp_path):
    """A folder of good and bad items side by side."""
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Atlético keen on Marek’s team-mate, says Marca.".encode("cp1252"))
    (tmp_path / "broken.html").write_text(
        "<html><head><title>x</title><body><div><<<>>></div>", encoding="utf-8"
    )
    lines = [
        json.dumps(
            {
                "text": "Newcastle are ready to test Brentford's resolve with a £35m offer for Ivan Marek, 24.",
                "published": "2026-01-05",
                "outlet": "BBC Sport",
                "credited_to": "Telegraph",
            }
        ),
        "{this is not json",
        json.dumps({"title": "no text here"}),
        json.dumps(
            {"text": "Juventus want Liverpool's Joe Gomez on loan next month.", "published": "2025-12-01"}
        ),
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_bad_items_are_reported_and_the_batch_goes_on(batch):
    huge = batch / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
        handle.seek(0)
        handle.write(b"Arsenal want Ivan Marek. " * 10)
    result = run_cli("extract", str(batch), str(batch / "missing.txt"), "--format", "json")
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert "empty.txt: the file is empty" in stderr
    assert "binary.txt: looks like a binary file" in stderr
    assert "huge.txt: is 50 MB, over the 20 MB limit" in stderr
    assert "broken.html: no main text could be extracted" in stderr
    assert "dump.jsonl:2: line is not valid JSON" in stderr
    assert "dump.jsonl:3: line is not a JSON object with a 'text' field" in stderr
    assert "missing.txt: no such file or directory" in stderr
    assert "latin1.txt: not valid UTF-8" in stderr and "warning" in stderr
    articles = json.loads(result.stdout)
    sources = [a["article"]["source"] for a in articles]
    assert any(s.endswith("good.txt") for s in sources)
    assert any(s.endswith("latin1.txt") for s in sources)
    assert sum("dump.jsonl" in s for s in sources) == 2
    latin = next(a for a in articles if a["article"]["source"].endswith("latin1.txt"))
    assert any(e["name"] == "Atletico Madrid" for e in latin["entities"])


def test_all_good_input_exits_zero(batch):
    result = run_cli("extract", str(batch / "good.txt"))
    assert result.returncode == 0, result.stderr.decode()
    article = json.loads(result.stdout)
    assert article["article"]["published"] == "2026-01-10"
    claim = article["claims"][0]
    assert (claim["player"]["name"], claim["to_club"]["name"], claim["stage"]) == (
        "Ivan Marek",
        "Arsenal",
        "talks",
    )


def test_jsonl_fields_and_credit(batch):
    items = list(read_articles([batch / "dump.jsonl"]))
    good = [i for i in items if not isinstance(i, errors.BadInput)]
    assert good[0].outlet == "BBC Sport" and good[0].credit == "Telegraph"
    assert str(good[0].published) == "2026-01-05"
    bad = [i for i in items if isinstance(i, errors.BadInput)]
    assert [b.item.rsplit(":", 1)[1] for b in bad] == ["2", "3"]


def test_standard_input_and_defaults():
    result = run_cli(
        "extract",
        "-",
        "--published",
        "2026-03-02",
        "--outlet",
        "Daily Planet",
        stdin=b"Chelsea are monitoring Benfica midfielder Ivan Marek ahead of a summer move.",
    )
    assert result.returncode == 0, result.stderr.decode()
    article = json.loads(result.stdout)
    assert article["article"]["outlet"] == "Daily Planet"
    assert article["claims"][0]["window"] == "2026-summer"


def test_bad_published_option_is_a_usage_error(batch):
    result = run_cli("extract", str(batch / "good.txt"), "--published", "the day after never")
    assert result.returncode == 2
    assert "cannot read" in result.stderr.decode()


HTML = """<!doctype html><html lang="en"><head><title>Milan make contact over Gomez loan | Calcio Weekly</title>
<meta property="og:site_name" content="Calcio Weekly">
<meta property="article:published_time" content="2025-12-23T09:15:00+00:00">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-12-23T09:15:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Milan make contact over Gomez loan</h1>
<p>AC Milan have made contact with Liverpool about a loan move for defender Joe Gomez next month,
according to Corriere dello Sport.</p>
<p>The Rossoneri want the 28-year-old until the end of the season and would cover his wages in full.</p>
<p>Liverpool are yet to respond, with Arne Slot short of options at centre-back.</p></article>
<aside>Most read: Arsenal keen on new striker, Chelsea plan summer clear-out</aside>
<footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path, pipeline):
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    article = next(iter(read_articles([page])))
    assert article.published.isoformat() == "2025-12-23"
    assert article.outlet == "Calcio Weekly"
    assert "Most read" not in article.text and "newsletter" not in article.text
    claims = pipeline(article).claims
    assert [(c.player.name, c.to_club.name, c.stage, c.window) for c in claims] == [
        ("Joe Gomez", "AC Milan", "talks", "2026-01")
    ]
    assert claims[0].origin.name == "Corriere dello Sport"


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Transfer Desk</title><language>en-gb</language>
<item><title>Wolves close in on Marek</title><link>https://example.org/1</link>
<pubDate>Tue, 06 Jan 2026 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Wolves have agreed a fee with Brentford for Ivan Marek, 24, and he is set to undergo a medical.</p>]]></content:encoded></item>
<item><title>Empty one</title><link>https://example.org/2</link><description></description></item>
</channel></rss>"""


def test_rss_feed(tmp_path):
    feed = tmp_path / "desk.xml"
    feed.write_text(FEED, encoding="utf-8")
    result = run_cli("extract", str(feed))
    assert result.returncode == 1
    assert "desk.xml#2: no article text found" in result.stderr.decode()
    article = json.loads(result.stdout)
    assert article["article"]["outlet"] == "Transfer Desk"
    assert article["article"]["published"] == "2026-01-06"
    claim = article["claims"][0]
    assert (claim["to_club"]["name"], claim["stage"]) == ("Wolves", "agreed")


def test_malformed_feed(tmp_path):
    feed = tmp_path / "broken.rss"
    feed.write_bytes(b"<rss><channel><item><title>unclosed")
    result = run_cli("extract", str(feed))
    assert result.returncode == 1
    assert "broken.rss" in result.stderr.decode()
