"""Every form of the site says "Chọn …" where Django would show "---------".

Django's empty choice of a select ("---------", ``BLANK_CHOICE_DASH`` and
``ModelChoiceField.empty_label``) tells an officer nothing. The project's form renderer
(``FORM_RENDERER``) gives each form a bound-field class that names the empty choice
after its field: "Chọn đơn vị", "Chọn hình thức khen thưởng". It applies to every form
the renderer draws — Wagtail's edit forms and filters, the project's own forms — so no
field or form needs to repeat it; an empty label a form sets itself is kept.
"""

from django.forms import BoundField, ChoiceField, ModelChoiceField
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext

DJANGO_EMPTY_LABEL = "---------"


def choose_label(label) -> str:
    """ "Chọn" and the field's label in lower case, acronyms kept ("Chọn UBND xã")."""
    text = str(label or "").strip()
    if text[:2].isupper() or not text:
        return gettext("Chọn %(label)s") % {"label": text} if text else gettext("Chọn")
    return gettext("Chọn %(label)s") % {"label": text[0].lower() + text[1:]}


class PlainChoicesBoundField(BoundField):
    """A bound field whose empty choice, if Django's dashes, reads "Chọn <label>"."""

    def __init__(self, form, field, name):
        super().__init__(form, field, name)
        if not isinstance(field, ChoiceField):
            return
        if isinstance(field, ModelChoiceField):
            if field.empty_label == DJANGO_EMPTY_LABEL:
                field.empty_label = choose_label(self.label)
        elif (choices := self.plain(field.choices)) is not None:
            # Assigned only when changed: a field whose choices setter adds its own empty
            # choice (django-filter's) would otherwise get a second one.
            field.choices = choices
        # A form that narrowed the choices gave its widget a list of its own.
        if isinstance(getattr(field.widget, "choices", None), (list, tuple)):
            if (choices := self.plain(field.widget.choices)) is not None:
                field.widget.choices = choices

    def plain(self, choices) -> list | None:
        """The choices with Django's dashes named after the field, or None when there are none."""
        choices = list(choices)
        if not any(label == DJANGO_EMPTY_LABEL for _value, label in choices):
            return None
        empty = choose_label(self.label)
        return [(value, empty if label == DJANGO_EMPTY_LABEL else label) for value, label in choices]


class FormRenderer(TemplatesSetting):
    """The project's template engine draws forms, so the apps' templates can override
    Django's widgets (``admin_vi`` shows a file's name, not its storage path), with the
    plain empty choice (see the module docstring). ``django.forms`` is an installed app
    so the engine finds Django's own widget templates."""

    bound_field_class = PlainChoicesBoundField
