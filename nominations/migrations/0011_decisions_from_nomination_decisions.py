"""Each recorded ``NominationDecision`` becomes a ``Decision`` and its honouree's ``AwardRecord``.

Before this, a decision was a number, a date and a signer kept per nomination. Rows with
the same number, date and award type become one decision listing their honourees. The
issuing body is the award type's issuer for awards an outside body decides (the People's
Committee, the Central Committee), else the
standing board of the deciding unit (the nominating unit's ancestor at the award type's
deciding level, or the province). The number's leading digits are its sequence (a number
without digits gets the next free one), the rest its symbol; each body's counter
continues after the highest number it holds, so new numbers never repeat an old one.
"""

import re
import secrets

from django.db import migrations

from core.folding import fold

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
NUMBER = re.compile(r"^\s*(\d{1,7})\s*(?:/\s*(\S.*?))?\s*$")


def ancestors(Unit, unit):
    line = []
    while unit is not None:
        line.append(unit)
        unit = Unit.objects.filter(pk=unit.parent_id).first() if unit.parent_id else None
    return line


def issuing_body(IssuingBody, Unit, nomination):
    award = nomination.award_type
    line = ancestors(Unit, nomination.unit)
    province = line[-1]
    outside = "nhân dân" in award.issuer.lower() or "trung ương" in award.issuer.lower()
    if outside:
        symbol = "QĐ-UBND" if "nhân dân" in award.issuer.lower() else "QĐ-MTTW-BTT"
        body, _ = IssuingBody.objects.get_or_create(name=award.issuer, defaults={"symbol": symbol})
        return body, province
    deciding = next((unit for unit in line if unit.level_id == award.deciding_level_id), province)
    body = IssuingBody.objects.filter(unit=deciding).first()
    if body is None:
        committee = deciding.committee_name or f"Ủy ban MTTQ Việt Nam {deciding.name[:1].lower()}{deciding.name[1:]}"
        body, _ = IssuingBody.objects.get_or_create(
            name=f"Ban Thường trực {committee}",
            defaults={"unit": deciding, "parent_name": committee, "symbol": "QĐ-MTTQ-BTT"},
        )
    return body, deciding


def forwards(apps, schema_editor):
    NominationDecision = apps.get_model("nominations", "NominationDecision")
    Decision = apps.get_model("nominations", "Decision")
    AwardRecord = apps.get_model("nominations", "AwardRecord")
    IssuingBody = apps.get_model("nominations", "IssuingBody")
    Counter = apps.get_model("nominations", "DecisionNumberCounter")
    Unit = apps.get_model("campaigns", "Unit")
    decisions = {}
    for old in NominationDecision.objects.select_related(
        "nomination__award_type__deciding_level", "nomination__unit"
    ).order_by("date", "pk"):
        nomination = old.nomination
        body, unit = issuing_body(IssuingBody, Unit, nomination)
        key = (body.pk, old.number.strip(), old.date, nomination.award_type_id)
        decision = decisions.get(key)
        if decision is None:
            match = NUMBER.match(old.number)
            taken = set(Decision.objects.filter(issuing_body=body, year=old.date.year).values_list("sequence", flat=True))
            if match and int(match.group(1)) not in taken:
                sequence, symbol = int(match.group(1)), (match.group(2) or body.symbol)
            else:
                sequence, symbol = max(taken, default=0) + 1, (old.number.split("/", 1)[-1] if "/" in old.number else body.symbol)
            decision = Decision.objects.create(
                issuing_body=body, unit=unit, award_type_id=nomination.award_type_id, campaign_id=nomination.campaign_id,
                year=old.date.year, sequence=sequence, symbol=symbol.strip()[:50], date=old.date, signer=old.signer,
                recorded_by_id=old.recorded_by_id,
            )
            decisions[key] = decision
        criterion = nomination.criteria.first()
        AwardRecord.objects.create(
            source="decided", decision=decision, nomination=nomination, exemplar_id=old.exemplar_id,
            decision_number=f"{decision.sequence}/{decision.symbol}" if decision.symbol else str(decision.sequence),
            decision_date=decision.date, issuing_body_name=body.name, award_type_id=nomination.award_type_id,
            award_name=nomination.award_type.name, year=decision.date.year, campaign_id=nomination.campaign_id,
            kind=nomination.kind, name=nomination.name, name_key=" ".join(fold(nomination.name).split()),
            position=nomination.position if nomination.kind == "individual" else "",
            unit_id=nomination.unit_id, unit_name=nomination.unit.name,
            target_group=criterion.target_group if criterion else "", gender=nomination.gender,
            ethnicity=nomination.ethnicity, birth_date=nomination.birth_date, id_number=nomination.id_number,
            verification_code="".join(secrets.choice(ALPHABET) for _ in range(20)),
            created_by_id=old.recorded_by_id,
        )
    for body in IssuingBody.objects.filter(unit__isnull=False):
        for year in set(Decision.objects.filter(issuing_body=body).values_list("year", flat=True)):
            highest = max(Decision.objects.filter(issuing_body=body, year=year).values_list("sequence", flat=True))
            Counter.objects.update_or_create(issuing_body=body, year=year, defaults={"last_number": highest})


class Migration(migrations.Migration):
    dependencies = [
        ("nominations", "0010_decisions_and_award_register"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
