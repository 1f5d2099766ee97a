"""Keys of JSON article records (API responses, CMS dumps, JSON-LD) and the field each fills.

A row names a key path: ``title.rendered`` is the ``rendered`` member of the ``title`` object
(WordPress REST), ``authors[].name`` the ``name`` of every item of the ``authors`` list. A key
matches however a record cases and separates it (``published_at`` reads ``publishedAt``,
``PublishedAt``, ``published-at``): one row serves every spelling. For each
field the first row whose key holds a non-empty value wins, so rows are in order of trust.
``example`` is a record holding the key and ``reads`` the value the field gets from it.

>>> [row.path for row in KEYS if row.field == "title"][:3]
['headline', 'title.rendered', 'title']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Key:
    """A record key: the field it fills, its path, an example record and what it reads."""

    field: str  # title | subtitle | authors | published | body
    path: str
    example: str
    reads: str


KEYS: tuple[Key, ...] = (
    # Headlines.
    Key("title", "headline", '{"headline": "Blast hits city"}', "Blast hits city"),
    Key("title", "title.rendered", '{"title": {"rendered": "Blast hits city"}}',
        "Blast hits city"),
    Key("title", "title", '{"title": "Blast hits city"}', "Blast hits city"),
    Key("title", "content_title", '{"content_title": "Blast hits city"}', "Blast hits city"),
    Key("title", "name", '{"name": "Blast hits city"}', "Blast hits city"),
    # Summaries: the dek under the headline.
    Key("subtitle", "description", '{"description": "At least 12 dead."}', "At least 12 dead."),
    Key("subtitle", "excerpt.rendered", '{"excerpt": {"rendered": "<p>At least 12 dead.</p>"}}',
        "At least 12 dead."),
    Key("subtitle", "content_summary", '{"content_summary": "At least 12 dead."}',
        "At least 12 dead."),
    Key("subtitle", "summary", '{"summary": "At least 12 dead."}', "At least 12 dead."),
    Key("subtitle", "excerpt", '{"excerpt": "At least 12 dead."}', "At least 12 dead."),
    # Authors.
    Key("authors", "author.name", '{"author": {"@type": "Person", "name": "Ann Lee"}}',
        "Ann Lee"),
    Key("authors", "author[].name", '{"author": [{"name": "Ann Lee"}]}', "Ann Lee"),
    Key("authors", "authors[].name", '{"authors": [{"name": "Ann Lee"}]}', "Ann Lee"),
    Key("authors", "author", '{"author": "Ann Lee"}', "Ann Lee"),
    Key("authors", "byline", '{"byline": "Ann Lee"}', "Ann Lee"),
    Key("authors", "author_name", '{"AuthorName": "Ann Lee"}', "Ann Lee"),
    Key("authors", "creator", '{"creator": "Ann Lee"}', "Ann Lee"),
    # Publication dates: strings, or epoch seconds or milliseconds.
    Key("published", "datePublished", '{"datePublished": "2016-07-27T21:29:25"}',
        "2016-07-27T21:29:25"),
    Key("published", "published_at", '{"published_at": 1469654965}', "2016-07-27T21:29:25+00:00"),
    Key("published", "firstPublished", '{"firstPublished": "2016-07-27 21:29:25"}',
        "2016-07-27T21:29:25"),
    Key("published", "date_gmt", '{"date_gmt": "2016-07-27T21:29:25"}', "2016-07-27T21:29:25"),
    Key("published", "date", '{"date": 1469654965000}', "2016-07-27T21:29:25+00:00"),
    Key("published", "content_date", '{"content_date": "2016-07-27 21:29:25"}',
        "2016-07-27T21:29:25"),
    Key("published", "publish_date", '{"PublishDate": "2016-07-27 21:29:25"}',
        "2016-07-27T21:29:25"),
    Key("published", "publication_date", '{"publicationDate": "2016-07-27"}', "2016-07-27"),
    Key("published", "pub_date", '{"pubDate": "Wed, 27 Jul 2016 21:29:25 +0000"}',
        "2016-07-27T21:29:25+00:00"),
    Key("published", "content_date_event", '{"content_date_event": "2020-10-18 16:31:52"}',
        "2020-10-18T16:31:52"),
    # Bodies, usually HTML.
    Key("body", "articleBody", '{"articleBody": "First.\\n\\nSecond."}', "First.|Second."),
    Key("body", "content.rendered", '{"content": {"rendered": "<p>First.</p><p>Second.</p>"}}',
        "First.|Second."),
    Key("body", "content_body", '{"content_body": "First.\\r\\n\\r\\nSecond."}',
        "First.|Second."),
    Key("body", "content_html", '{"content_html": "<p>First.<\\/p><p>Second.<\\/p>"}',
        "First.|Second."),
    Key("body", "contents", '{"contents": "<p><span>First.</span></p><p>Second.</p>"}',
        "First.|Second."),
    Key("body", "content", '{"content": "<p>First.</p>\\n<p>Second.</p>"}', "First.|Second."),
    Key("body", "body_html", '{"bodyHtml": "<p>First.</p><p>Second.</p>"}', "First.|Second."),
    Key("body", "body", '{"body": "First.<br>Second."}', "First.|Second."),
    Key("body", "text", '{"text": "First.\\n\\nSecond."}', "First.|Second."),
)

FIELDS: tuple[str, ...] = ("title", "subtitle", "authors", "published", "body")

# The mark a news API leaves where it cut the body short (NewsAPI and its clones): not text.
TRUNCATION_MARK = r"\s*\[\+\d+\s+chars?\]\s*$"
TRUNCATION_EXAMPLE = "The council voted on Tuesday to close the bridge… [+1200 chars]"
