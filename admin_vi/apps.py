from django.apps import AppConfig


class AdminViConfig(AppConfig):
    name = "admin_vi"
    # A plain string: the app has no translatable strings (see the package docstring).
    verbose_name = "Bản dịch tiếng Việt của trang quản trị"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.utils.translation import gettext_lazy

        from wagtail.admin.forms.auth import LoginForm

        from . import compare, names, startup_strings  # noqa: F401 - compare registers the file comparison

        names.install()
        startup_strings.install()
        # Wagtail's login form redefines the password field without a label, so Django
        # prints the field's name, "Password", which no catalog can translate.
        LoginForm.base_fields["password"].label = gettext_lazy("Password")
