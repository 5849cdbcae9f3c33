"""Vietnamese for the Wagtail admin: the strings Wagtail's own catalog leaves in English.

Unit officers and reviewers of the Vietnam Fatherland Front work in the Wagtail admin in
Vietnamese, but Wagtail ships only a small Vietnamese catalog. This locale-only app (no
models) holds the Vietnamese translations of Wagtail's and Django's admin strings that
their catalogs lack or translate inconsistently (also wagtail-localize's, django-filter's
and django-taggit's):

- ``locale/vi/LC_MESSAGES/django.po``: server-side strings (templates, forms, messages).
  The msgids are exactly the packages' English source strings. Django gives the catalogs
  of apps listed earlier in ``INSTALLED_APPS`` precedence, so ``admin_vi`` is listed
  first, before the Wagtail apps, and its translations win over Wagtail's own.
- ``locale/vi/LC_MESSAGES/djangojs.po``: the admin's JavaScript strings (sidebar, comments,
  editor toolbars). Wagtail's JS catalog view (``wagtailadmin_javascript_catalog``) reads
  only ``wagtail.admin``'s catalog plus ``settings.LOCALE_PATHS``, never other apps, so
  this directory is also listed in ``LOCALE_PATHS``, after the project's ``locale/``.

The catalog is written by hand: ``make messages`` ignores the app (``--ignore
'admin_vi/*'``), because ``makemessages --no-obsolete`` would otherwise rebuild it from
admin_vi's own sources and drop every Wagtail msgid; ``core.i18n_compile`` compiles it
with the project's catalogs.

A few English words in Wagtail 8.0 come from no msgid, so no catalog can reach them;
admin_vi fixes them at the source:

- ``templates/wagtailadmin/home.html`` and ``shared/headers/_actions.html``: Wagtail's
  templates with a hard-coded "Search" button value and "Actions" aria-label wrapped in
  ``{% trans %}``;
- ``templates/wagtailadmin/tables/cell.html`` and ``boolean_cell.html``: a yes/no value
  is shown (or titled) "Có"/"Không" instead of Python's "True"/"False";
- ``apps.AdminViConfig.ready``: gives the login form's password field its translatable
  label (Wagtail leaves it unlabelled, so Django prints the field name "Password").

Beyond the catalog, plain Vietnamese needs a few decisions the catalog cannot take:

- ``names``: people are named in full, family name first ("Hoàng Thị Mai"), in the
  sidebar and in e-mail greetings, where Wagtail and Django use a cut "short name";
- ``forms``: the project's form renderer names every empty choice "Chọn …" instead of
  "---------", and lets ``templates/django/forms/widgets/clearable_file_input.html``
  show a file's name, not its storage path; ``compare`` does the same in the history;
  that template and ``file.html`` draw every file input with core's Vietnamese "Chọn
  tệp" button (``core/widgets/file_picker.html``, whose strings the project's catalogs
  hold) instead of the browser's "Choose File" / "No file chosen";
- ``wording_check``: what the crawler reports besides English: cut names, dashes,
  doubled phrases ("quy trình Quy trình"), storage paths and the spelling "Uỷ".

On a Wagtail upgrade, compare these templates with Wagtail's and add the new msgids to the
catalog: ``manage.py check_admin_vietnamese --username <officer>`` walks every admin
screen an officer or reviewer reaches and lists the English left (``english_check`` finds
it, ``crawl`` walks the screens, ``catalogs`` names the msgid each phrase comes from).
"""
