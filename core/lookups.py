"""A number no database column can hold matches no row, on every database.

SQLite's driver refuses integers beyond 64 bits (``OverflowError``) when a query is sent,
so ``?campaign=9223372036854775808`` on the honor roll, or the same number posted from an
admin form's drop-down, answered 500. Django (5.0 and later) already treats such a number
as "no match" for ``exact``, ``gt``, ``lt``… on an integer column (``IntegerFieldOverflow``),
but not for ``in`` (a form's multiple choices) nor through a relation. The primary key of
a page type is a relation (its link to ``Page``), so every campaign drop-down and filter
looks pages up that way.

``register()`` (called from ``HomeConfig.ready``) extends Django's rule to those lookups,
once for every form, filter and view: a drop-down then says "Hãy chọn một lựa chọn hợp
lệ", a filter finds nothing, an admin URL answers 404.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def column_range(field, connection) -> tuple[int | None, int | None]:
    """The integers the column behind ``field`` (a relation: its target's) can hold."""
    while getattr(field, "remote_field", None) is not None and hasattr(field, "target_field"):
        field = field.target_field
    try:
        return connection.ops.integer_field_range(field.get_internal_type())
    except KeyError:  # not an integer column
        return None, None


def out_of_range(value, bounds) -> bool:
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    low, high = bounds
    return (low is not None and value < low) or (high is not None and value > high)


class OutOfRangeMatchesNothing:
    """``exact``: a number out of the column's range finds nothing (as Django does for integers)."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and out_of_range(
            self.rhs, column_range(self.lhs.output_field, connection)
        ):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class OutOfRangeLeftOut:
    """``in``: numbers out of the column's range are left out; none left finds nothing."""

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            bounds = column_range(self.lhs.output_field, connection)
            self.rhs = [value for value in self.rhs if not out_of_range(value, bounds)]
        return super().process_rhs(compiler, connection)


class RangeSafeRelatedExact(OutOfRangeMatchesNothing, RelatedExact):
    pass


class RangeSafeRelatedIn(OutOfRangeLeftOut, RelatedIn):
    pass


class RangeSafeIntegerIn(OutOfRangeLeftOut, In):
    pass


def register():
    ForeignObject.register_lookup(RangeSafeRelatedExact)
    ForeignObject.register_lookup(RangeSafeRelatedIn)
    IntegerField.register_lookup(RangeSafeIntegerIn)
