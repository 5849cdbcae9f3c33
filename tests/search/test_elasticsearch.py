"""Elasticsearch 8: the index settings, mappings and queries the backend sends.

The first tests need no server: they build the backend the settings describe and read
what it would send. The last one indexes and searches a real cluster when
ELASTICSEARCH_URL is set (e.g. ``ELASTICSEARCH_URL=http://localhost:9200``), and is
skipped with that reason otherwise.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

import pytest

from campaigns.models import ArticlePage, CampaignPage
from exemplars.models import Exemplar, Work
from home.models import StandardPage
from search import engine
from search.query import clean_query
from tests.search.searching import add_search_content

ROOT = Path(__file__).resolve().parents[2]
FOLDED_FIELDS = ("search_title_folded", "search_text_folded", "search_title_spelled", "search_text_spelled")


def backend(url: str = "http://localhost:9200", prefix: str = "thidua_test_") -> Elasticsearch8SearchBackend:
    return Elasticsearch8SearchBackend(
        {"URLS": [url], "INDEX_PREFIX": prefix, "INDEX_SETTINGS": settings.ELASTICSEARCH_INDEX_SETTINGS}
    )


def settings_with(environment: dict) -> dict:
    """The search backend settings a fresh process reads with ``environment``."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x",
        **environment,
    }
    env.pop("ELASTICSEARCH_URL", None) if "ELASTICSEARCH_URL" not in environment else None
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_the_site_uses_elasticsearch_8_when_its_url_is_set():
    configured = settings_with({"ELASTICSEARCH_URL": "https://user:secret@search.example:9243"})
    assert configured["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert configured["URLS"] == ["https://user:secret@search.example:9243"]
    assert configured["INDEX_PREFIX"] == "thidua_"
    assert configured["INDEX_SETTINGS"] == json.loads(json.dumps(settings.ELASTICSEARCH_INDEX_SETTINGS))


def test_without_the_url_the_site_uses_the_database_backend():
    configured = settings_with({})
    assert configured == {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"}


def test_full_text_and_autocomplete_analyzers_both_fold_case_and_diacritics():
    """Wagtail's stock settings fold only the autocomplete analyzers; here every text field does."""
    analyzers = backend().settings["settings"]["analysis"]["analyzer"]
    for name in ("default", "edgengram_analyzer", "ngram_analyzer"):
        assert {"lowercase", "asciifolding"} <= set(analyzers[name]["filter"]), name
        assert analyzers[name]["tokenizer"] == "standard"
    # Wagtail's edge n-gram filter definitions are kept alongside.
    assert backend().settings["settings"]["analysis"]["filter"]["edgengram"]["type"] == "edge_ngram"


@pytest.mark.parametrize("model", [ArticlePage, CampaignPage, StandardPage, Work, Exemplar])
def test_mappings_index_the_folded_and_spelled_text_with_the_folding_analyzer(model):
    mapping = backend().mapping_class(model).get_mapping()["properties"]
    names = {name.rsplit("__", 1)[-1]: value for name, value in mapping.items()}
    for field in FOLDED_FIELDS:
        assert names[field]["type"] == "text"
        assert "analyzer" not in names[field], "text fields use the index's folding default analyzer"
    assert names["search_title_folded_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert mapping["_edgengrams"]["analyzer"] == "edgengram_analyzer"


def test_snippet_mappings_carry_the_filters_the_public_search_uses():
    for model, filters in (
        (Work, {"live", "locale_id", "status", "unit_id", "id"}),
        (Exemplar, {"live", "locale_id", "unit_id", "id"}),
    ):
        mapping = backend().mapping_class(model).get_mapping()["properties"]
        assert {f"{name}_filter" for name in filters} <= set(mapping), model


@pytest.mark.django_db
def test_documents_hold_the_folded_and_spelled_text(site, django_db_blocker):
    content = add_search_content(site)
    document = backend().mapping_class(Work).get_document(content.work_road)
    assert document["search_title_folded"] == "duong be tong thon khuoi phay"
    assert document["search_title_spelled"] == "dduwowngf bee toong thoon khuooir phaayf"
    assert "huyen dinh lap" in document["search_text_folded"]
    assert document["live_filter"] is True


@pytest.mark.django_db
def test_the_queries_sent_keep_to_public_content(site):
    request = RequestFactory().get("/vi/tim-kiem/", HTTP_HOST="localhost")
    with translation.override("vi"):
        scope = engine.scope_for(request)
        work_query = backend().search("thi dua", engine.GROUPS[1].searchable(scope), operator="and")
        page_query = backend().search("thi dua", engine.GROUPS[0].searchable(scope), operator="and")
    sent = json.dumps(work_query.query_compiler.get_query())
    assert '"live_filter": true' in sent
    assert '"status_filter": ["accepted", "plaque_mounted"]' in sent
    assert '"operator": "and"' in sent
    pages_sent = json.dumps(page_query.query_compiler.get_query())
    assert '"live_filter": true' in pages_sent and '"content_type_id_filter"' in pages_sent
    assert '"path_filter"' in pages_sent  # the view restrictions and the site's tree


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")


@pytest.mark.django_db
@pytest.mark.skipif(
    not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch 8 server to test against"
)
def test_a_live_cluster_finds_vietnamese_typed_without_diacritics(site, django_db_blocker):
    content = add_search_content(site)
    live = backend(ELASTICSEARCH_URL, prefix=f"thidua_test_{uuid.uuid4().hex[:8]}_")
    models = [Page, ArticlePage, CampaignPage, StandardPage, Work, Exemplar]
    indexes = {}
    try:
        for model in models:
            index = live.get_index_for_model(model)
            if index.name not in indexes:
                index.reset()
                indexes[index.name] = index
            index.add_model(model)
            index.add_items(model, list(model.get_indexed_objects()))
        for index in indexes.values():
            index.refresh()

        request = RequestFactory().get("/vi/tim-kiem/", HTTP_HOST="localhost")
        with translation.override("vi"):
            scope = engine.scope_for(request)

            def titles(text):
                return [hit.title for hit in engine.run_search(clean_query(text), scope, backend=live).hits]

            assert "Sôi nổi phong trào thi đua ở Đình Lập" in titles("thi dua")
            assert "Đường bê tông thôn Khuổi Phầy" in titles("dinh lap")
            assert titles("khuoi phay") == ["Đường bê tông thôn Khuổi Phầy"]
            ranked = [
                t for t in titles("Lạng") if t in ("Nông thôn mới ở Lạng Sơn", "Chi Lăng đón nhận Bằng khen")
            ]
            assert ranked == ["Nông thôn mới ở Lạng Sơn", "Chi Lăng đón nhận Bằng khen"]
            suggestions = engine.suggest(clean_query("khuoi ph"), scope, request, backend=live)
            assert [item.title for item in suggestions] == ["Đường bê tông thôn Khuổi Phầy"]
        assert content.work_road.pk
    finally:
        for index in indexes.values():
            index.delete()
