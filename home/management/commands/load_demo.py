"""``manage.py load_demo``: the demo site of the 2020 campaign, built from code.

Demo data from factories and the plan's facts, never a JSON dump that breaks at the next
Wagtail upgrade. Idempotent: everything is keyed on slugs and codes and created only when
missing, so running it twice gives the same counts. Each app's part is called in the order
of ``home.demo.LOADERS``; each runs in its own transaction, so a failure leaves no
half-built section behind.
"""

import time

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from wagtail.images import get_image_model
from wagtail.models import Page

from core.demo import DemoContext
from home.demo import ADMIN_PASSWORD, ADMIN_USERNAME, LOADERS


class Command(BaseCommand):
    help = "Nạp dữ liệu minh họa của đợt thi đua năm 2020 (chạy lại nhiều lần không tạo trùng)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Không in bảng tổng kết.")

    def handle(self, *args, quiet=False, **options):
        started = time.monotonic()
        verbosity = 0 if quiet else options["verbosity"]
        ctx = DemoContext(stdout=self.stdout, verbosity=verbosity)
        for loader in LOADERS:
            ctx.log(f"… {loader.__module__}.{loader.__name__}")
            with transaction.atomic():
                loader(ctx)
        self.analyze()
        if quiet:
            return
        elapsed = time.monotonic() - started
        created = (
            ", ".join(f"{count} {kind}" for kind, count in sorted(ctx.created.items())) or "không có gì mới"
        )
        self.stdout.write(
            self.style.SUCCESS(f"Đã nạp dữ liệu minh họa trong {elapsed:.1f} giây (tạo mới: {created}).")
        )
        for label, value in self.summary():
            self.stdout.write(f"  {label}: {value}")
        admin = get_user_model().objects.filter(username=ADMIN_USERNAME).first()
        if admin is not None and admin.check_password(ADMIN_PASSWORD):
            self.stdout.write(
                f"Đăng nhập quản trị: http://127.0.0.1:8000/admin/ — {ADMIN_USERNAME} / {ADMIN_PASSWORD} "
                "(chỉ dùng thử trên máy cá nhân)"
            )
        self.print_accounts(ctx)

    def analyze(self) -> None:
        """Give PostgreSQL's planner statistics of what was just loaded, as autovacuum would
        a minute later: until then it takes every table for empty, and the search page's
        plan matched every index entry once per page (76 ms a search on the demo; 51 after)."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def print_accounts(self, ctx: DemoContext) -> None:
        """The demo logins the loaders listed (``ctx.account``), as a table, then their notes."""
        if not ctx.accounts:
            return
        self.stdout.write("Tài khoản minh họa (chỉ dùng trên máy cá nhân):")
        passwords = {row["password"] for row in ctx.accounts if row["password"]}
        shared = len(passwords) == 1
        if shared:
            self.stdout.write(f"  Mật khẩu chung: {next(iter(passwords))}")
        columns = [("username", "Tên đăng nhập"), ("role", "Vai trò"), ("unit", "Đơn vị")]
        widths = [max(len(title), *(len(row[key]) for row in ctx.accounts)) for key, title in columns]
        header = "  ".join(title.ljust(width) for (_, title), width in zip(columns, widths, strict=True))
        self.stdout.write(f"  {header.rstrip()}")
        self.stdout.write("  " + "  ".join("-" * width for width in widths))
        for row in ctx.accounts:
            line = "  ".join(row[key].ljust(width) for (key, _), width in zip(columns, widths, strict=True))
            if not row["password"]:
                line += "  (đã đổi mật khẩu)"
            elif not shared:
                line += f"  {row['password']}"
            self.stdout.write(f"  {line.rstrip()}")
        for note in ctx.notes:
            self.stdout.write(note)

    def summary(self) -> list[tuple[str, str]]:
        """Counts read back from the database, so two runs can be compared line by line."""
        model = apps.get_model
        Unit, Work, Exemplar = (
            model("campaigns", "Unit"),
            model("exemplars", "Work"),
            model("exemplars", "Exemplar"),
        )
        ArticlePage, Registration = model("campaigns", "ArticlePage"), model("campaigns", "Registration")
        public_statuses = ("accepted", "plaque_mounted")
        units_by_level = ", ".join(
            f"{level.code} {level.units.count()}" for level in model("campaigns", "UnitLevel").objects.all()
        )

        def by_locale(queryset) -> str:
            return f"vi {queryset.filter(locale__language_code='vi').count()}, en {queryset.filter(locale__language_code='en').count()}"

        return [
            ("Đơn vị", f"{Unit.objects.count()} ({units_by_level})"),
            ("Hình thức khen thưởng", str(model("campaigns", "AwardType").objects.count())),
            ("Chỉ tiêu khen thưởng", str(model("campaigns", "Quota").objects.count())),
            ("Trang", by_locale(Page.objects.filter(depth__gt=1))),
            (
                "Tin bài",
                f"{by_locale(ArticlePage.objects.all())} (bản nháp: {ArticlePage.objects.filter(live=False).count()})",
            ),
            (
                "Công trình",
                f"{by_locale(Work.objects.all())} (công khai: "
                f"{Work.objects.filter(locale__language_code='vi', live=True, status__in=public_statuses).count()}, "
                f"bản nháp: {Work.objects.filter(live=False).count()})",
            ),
            ("Ảnh công trình", str(model("exemplars", "WorkPhoto").objects.count())),
            (
                "Điển hình tiên tiến",
                f"{by_locale(Exemplar.objects.all())} (bản nháp: {Exemplar.objects.filter(live=False).count()})",
            ),
            ("Đăng ký thi đua", str(Registration.objects.count())),
            ("Ảnh", str(get_image_model().objects.count())),
        ]
