"""The GIN index on ``title || body`` split by type, on PostgreSQL only.

Every search the site makes is of one type (works, exemplars, or pages with their
subclasses), but the index of 0001 holds every type's entries: at 50,000 items each
search read the words' postings of the whole table, then intersected them with its own
type (5 ms for four common words, once per type and public search). A partial index
holds one type's entries only, and PostgreSQL picks it whenever the search's content
types imply its condition (it proves that ``content_type_id IN (the page types)``
implies ``<> ALL (works, exemplars)``). ANALYZE keeps word statistics per index, so
``search.backends.postgres.WordShares`` judges a word common or rare in the searched type
itself: a word in most articles and a few exemplars was one share for both.

Works and exemplars, the two snippet groups of the public search, get one index each;
pages and everything else indexed (units, intranet pages) share the third. A model added
later falls into that one, with no migration. The whole-table index is dropped: no
search is left that the three do not cover. The planner reads a word's share from no
partial index, only from a whole-table one, which it lost with it (estimating one match,
it then looked up 8,000 pages one by one): the extended statistics on the same expression
(``CREATE STATISTICS``, PostgreSQL 14 and later) give it back those figures.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
WHOLE = "search_indexentry_title_body_gin"
OWN_INDEX = (("exemplars", "work"), ("exemplars", "exemplar"))
"""The models whose entries get an index of their own, as (app label, model name)."""
OTHERS = "search_body_gin_others"
STATISTICS = "search_title_body_words"


def own_index_name(app_label: str, model: str) -> str:
    return f"search_body_gin_{app_label}_{model}"


def split_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    content_type = apps.get_model("contenttypes", "ContentType")
    own = []
    for app_label, model in OWN_INDEX:
        # Created now when the database is new (Django adds the rest after migrating).
        pk = content_type.objects.get_or_create(app_label=app_label, model=model)[0].pk
        own.append(pk)
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {own_index_name(app_label, model)} ON {TABLE}"
            f" USING gin ((title || body)) WHERE content_type_id = {pk}"
        )
    others = ", ".join(str(pk) for pk in own)
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OTHERS} ON {TABLE}"
        f" USING gin ((title || body)) WHERE content_type_id <> ALL ('{{{others}}}'::integer[])"
    )
    schema_editor.execute(f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} ON (title || body) FROM {TABLE}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {WHOLE}")
    schema_editor.execute(f"ANALYZE {TABLE}")


def join_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {WHOLE} ON {TABLE} USING gin ((title || body))")
    for app_label, model in OWN_INDEX:
        schema_editor.execute(f"DROP INDEX IF EXISTS {own_index_name(app_label, model)}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OTHERS}")
    schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
    schema_editor.execute(f"ANALYZE {TABLE}")  # the code before 0003 reads its word shares from them


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0002_forget_personal_search_terms"),
    ]

    operations = [migrations.RunPython(split_index, join_index, elidable=False)]
