"""``manage.py send_deadline_reminders``: queue today's deadline reminders (run daily by the scheduler).

The task worker sends them (``nominations.reminders``); with the immediate backend (the
default without a worker) they are sent before the command returns. Running it again the
same day sends nothing twice.
"""

from django.core.management.base import BaseCommand

from nominations.reminders import send_deadline_reminders


class Command(BaseCommand):
    help = "Gửi thư nhắc thời hạn (đăng ký thi đua, hồ sơ đề nghị khen thưởng, báo cáo tổng kết) đến hạn hôm nay."

    def handle(self, *args, **options):
        result = send_deadline_reminders.enqueue()
        if result.is_finished:
            self.stdout.write(f"Đã gửi {result.return_value} thư nhắc thời hạn.")
        else:
            self.stdout.write("Đã đưa việc gửi thư nhắc thời hạn vào hàng đợi.")
