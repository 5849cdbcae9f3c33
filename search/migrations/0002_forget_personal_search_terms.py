"""Remove from Wagtail's query log the terms that look like personal data.

The public search logged every term until it learnt to leave out phone numbers, ID
numbers and e-mail addresses (``search.personal_data``); this removes those logged
before, with their daily counts. A term an editor has attached a promoted result to is
the editor's own and stays.
"""

from django.db import migrations

from search.personal_data import looks_personal


def forget_personal_terms(apps, schema_editor):
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    personal = [
        pk
        for pk, text in Query.objects.filter(editors_picks__isnull=True).values_list("pk", "query_string").iterator()
        if looks_personal(text)
    ]
    for start in range(0, len(personal), 500):
        Query.objects.filter(pk__in=personal[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_indexentry_title_body_gin"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forget_personal_terms, migrations.RunPython.noop)]
