"""``manage.py check_admin_vietnamese --username <u>``: English left on a user's admin screens.

Walks every admin screen the user reaches (see ``admin_vi.crawl``), inside a transaction
that is rolled back, and prints the English found on each; exits with status 1 if any.
Output is in Vietnamese, like the project's other commands.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from admin_vi.catalogs import msgids_matching
from admin_vi.crawl import crawl


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Duyệt mọi màn hình quản trị mà tài khoản vào được và liệt kê chữ tiếng Anh còn sót "
        "và lỗi cách viết (tên bị cắt, “---------”, chữ lặp, đường dẫn lưu trữ tệp, “Uỷ”) "
        "(không lưu gì vào cơ sở dữ liệu). Thoát với mã 1 nếu còn."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True, help="Tài khoản cần kiểm tra.")
        parser.add_argument(
            "--allow",
            action="append",
            default=[],
            metavar="CHUỖI",
            help="Chuỗi được phép (nội dung người dùng, tên riêng); dùng nhiều lần được.",
        )
        parser.add_argument(
            "--accept-language",
            metavar="NGÔN_NGỮ",
            help="Giả lập trình duyệt gửi tiêu đề Accept-Language này, ví dụ “en-US,en;q=0.9”.",
        )
        parser.add_argument(
            "--all-screens", action="store_true", help="In cả các màn hình không còn tiếng Anh."
        )

    def handle(self, *args, username, allow, accept_language=None, all_screens=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản “{username}”.")
        screens = []
        try:
            with transaction.atomic():
                screens = crawl(user, allow=allow, accept_language=accept_language)
                raise _Rollback
        except _Rollback:
            pass

        bad = [s for s in screens if s.english or s.wording]
        for screen in screens:
            if not (screen.english or screen.wording) and not all_screens:
                continue
            self.stdout.write(str(screen))
            for phrase in screen.english:
                hint = ", ".join(sorted({m for _, m in msgids_matching(phrase)}))
                self.stdout.write(f"    {phrase!r}" + (f"  [{hint}]" if hint else ""))
            for problem in screen.wording:
                self.stdout.write(f"    ! {problem}")
        total = sum(len(s.english) for s in bad)
        wording = sum(len(s.wording) for s in bad)
        summary = (
            f"Đã duyệt {len(screens)} màn hình của “{username}”: "
            f"{total} chuỗi tiếng Anh, {wording} lỗi cách viết trên {len(bad)} màn hình."
        )
        if bad:
            self.stderr.write(summary)
            raise SystemExit(1)
        self.stdout.write(self.style.SUCCESS(summary))
