"""The plan's text says "Ủy ban", never "Uỷ ban": one spelling everywhere.

The 2020 plan mixed both; the seed (``campaigns/seed_plan.py``) now writes "Ủy". Plans
already loaded are rewritten: their preamble, their criteria, and the revisions an
editor would open next (so a later publish does not bring the old spelling back).
"""

import json

from django.db import migrations

OLD, NEW = "Uỷ", "Ủy"
OLD_LOWER, NEW_LOWER = "uỷ", "ủy"


def respell(text):
    return text.replace(OLD, NEW).replace(OLD_LOWER, NEW_LOWER) if isinstance(text, str) else text


def one_spelling(apps, schema_editor):
    CampaignPage = apps.get_model("campaigns", "CampaignPage")
    CampaignCriterion = apps.get_model("campaigns", "CampaignCriterion")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for page in CampaignPage.objects.filter(preamble__contains="ỷ"):
        page.preamble = respell(page.preamble)
        page.save(update_fields=["preamble"])
    for criterion in CampaignCriterion.objects.all():
        target_group, body = respell(criterion.target_group), respell(criterion.body)
        if (target_group, body) != (criterion.target_group, criterion.body):
            criterion.target_group, criterion.body = target_group, body
            criterion.save(update_fields=["target_group", "body"])
    page_type = ContentType.objects.filter(app_label="campaigns", model="campaignpage").first()
    if page_type is None:
        return
    for revision in Revision.objects.filter(content_type=page_type):
        text = json.dumps(revision.content, ensure_ascii=False)
        if "ỷ" in text:
            revision.content = json.loads(respell(text))
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0006_remove_review_status"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(one_spelling, migrations.RunPython.noop)]
