"""Reading responses the way a visitor reads the page."""

import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bs4 import BeautifulSoup
from openpyxl import Workbook


def html(response) -> BeautifulSoup:
    """The response's HTML, parsed."""
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response_or_tag) -> str:
    """The visible text of a response (or of a parsed tag), whitespace collapsed."""
    tag = response_or_tag if hasattr(response_or_tag, "get_text") else html(response_or_tag)
    return " ".join(tag.get_text(" ").split())


def card_titles(response) -> list[str]:
    """The titles of the cards (articles, works, exemplars) a listing shows, in order."""
    return [text_of(title) for title in html(response).select(".card__title")]


def links(response) -> set[str]:
    return {anchor["href"] for anchor in html(response).find_all("a", href=True)}


def count_queries(client, url: str) -> int:
    """How many queries serving ``url`` takes, once caches are warm (a second visit)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def xlsx_upload(headings: list, rows: list[list], name: str = "danh-sach.xlsx") -> io.BytesIO:
    """A workbook as an officer uploads it: the headings, then one list per row."""
    book = Workbook()
    sheet = book.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    out.name = name
    return out
