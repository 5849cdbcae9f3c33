"""The unit tree becomes a treebeard materialised path.

The hand-made path ("20/180/06040/", unit codes) gives way to treebeard's: four base-36
characters per level, siblings numbered in code order (``Unit.node_order_by``), with the
depth and the number of children stored beside it. The new paths are computed here from
the parent links of the existing rows; going back rebuilds the old code paths.
"""

from collections import defaultdict

import django.db.models.deletion
from django.db import migrations, models

# treebeard's MP_Node defaults, frozen here: a migration must not change with the library.
STEPLEN = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(position: int) -> str:
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEPLEN, ALPHABET[0])


def children_by_parent(Unit) -> dict:
    children = defaultdict(list)
    for unit in Unit.objects.order_by("code"):
        children[unit.parent_id].append(unit)
    return children


def walk(children, visit) -> list:
    """Every unit reached from the top ones, each visited after its parent with its place (1, 2...)."""
    placed = []
    pending = [(None, child, position) for position, child in enumerate(children[None], start=1)]
    while pending:
        parent, unit, position = pending.pop()
        visit(parent, unit, position)
        placed.append(unit)
        pending += [(unit, child, position) for position, child in enumerate(children[unit.pk], start=1)]
    return placed


def to_treebeard_paths(apps, schema_editor):
    Unit = apps.get_model("campaigns", "Unit")
    children = children_by_parent(Unit)

    def visit(parent, unit, position):
        unit.path = (parent.path if parent else "") + step(position)
        unit.depth = parent.depth + 1 if parent else 1
        unit.numchild = len(children[unit.pk])

    placed = walk(children, visit)
    if len(placed) != Unit.objects.count():
        raise RuntimeError("Some units are not below a top unit (a loop of parents): fix them first.")
    Unit.objects.bulk_update(placed, ["path", "depth", "numchild"], batch_size=500)


def to_code_paths(apps, schema_editor):
    Unit = apps.get_model("campaigns", "Unit")
    children = children_by_parent(Unit)

    def visit(parent, unit, position):
        unit.path = f"{parent.path if parent else ''}{unit.code}/"

    Unit.objects.bulk_update(walk(children, visit), ["path"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0010_calendar_days"),
    ]

    operations = [
        migrations.AddField(
            model_name="unit",
            name="depth",
            field=models.PositiveIntegerField(default=1),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="unit",
            name="numchild",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(to_treebeard_paths, to_code_paths),
        migrations.AlterField(
            model_name="unit",
            name="path",
            field=models.CharField(max_length=255, unique=True),
        ),
        migrations.AlterField(
            model_name="unit",
            name="parent",
            field=models.ForeignKey(
                blank=True,
                help_text="Đổi đơn vị cấp trên thì các đơn vị cấp dưới của đơn vị này chuyển theo.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="children",
                to="campaigns.unit",
                verbose_name="Đơn vị cấp trên",
            ),
        ),
    ]
