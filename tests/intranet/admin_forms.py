"""The officer's admin forms, as the form classes declare them and as a browser sends them.

``form_field_names`` reads the field names from the viewsets' form classes (and their
inline formsets), so a field added to a model's panels joins the tests that go through
every field. ``browser_data`` reads the edit page's form the way a browser submits it.
"""

from django.forms.formsets import INITIAL_FORM_COUNT, MAX_NUM_FORM_COUNT, MIN_NUM_FORM_COUNT, TOTAL_FORM_COUNT

from tests.helpers import html

MANAGEMENT_FIELDS = (TOTAL_FORM_COUNT, INITIAL_FORM_COUNT, MIN_NUM_FORM_COUNT, MAX_NUM_FORM_COUNT)


def form_class_of(viewset):
    """The viewset's form class, built afresh (the viewset's own stays as the admin builds it)."""
    return viewset.get_edit_handler().get_form_class()


def form_field_names(viewset) -> list[str]:
    """Every name the form reads: its fields, and for each inline formset its management
    fields and the fields of its first form (``photos-0-image``)."""
    form_class = form_class_of(viewset)
    names = list(form_class.base_fields)
    for prefix, formset_class in getattr(form_class, "formsets", {}).items():
        names += [f"{prefix}-{name}" for name in MANAGEMENT_FIELDS]
        child = formset_class.form
        names += [f"{prefix}-0-{name}" for name in child.base_fields]
        names += [f"{prefix}-0-{name}" for name in ("id", "ORDER", "DELETE") if name not in child.base_fields]
    return names


def formset_prefix_of(name: str, viewset) -> str | None:
    for prefix in getattr(form_class_of(viewset), "formsets", {}):
        if name.startswith(f"{prefix}-0-"):
            return prefix
    return None


def browser_data(response, form_selector: str = "form#w-editor-form") -> dict[str, list[str]]:
    """What a browser submits from the page's edit form (or another form), a required
    drop-down left empty set to its first choice (as an officer would pick one)."""
    form = html(response).select_one(form_selector)
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        kind = element.get("type", "")
        if (
            not name
            or "__prefix__" in name
            or element.has_attr("disabled")
            or kind in {"file", "submit", "button"}
        ):
            continue
        if element.name == "select":
            options = element.find_all("option")
            values = [option.get("value", "") for option in options if option.has_attr("selected")]
            if not values and not element.has_attr("multiple"):
                filled = [option.get("value", "") for option in options if option.get("value")]
                values = filled[:1] or [""]
        elif kind in {"checkbox", "radio"}:
            if not element.has_attr("checked"):
                continue
            values = [element.get("value", "on")]
        elif element.name == "textarea":
            values = [element.get_text().removeprefix("\n")]
        else:
            values = [element.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data
