"""Puts back in the queue the tasks a killed worker left half-run, before the worker starts.

django-tasks-db marks a task RUNNING when a worker claims it; a worker killed (power cut,
OOM, kill -9) leaves it RUNNING forever and it would never run. With one worker per site
(site/systemd/thidua-worker.service runs this first), any RUNNING task at start is such a
task. The site's tasks (search and reference indexing, cache purges) may safely run twice.
"""

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Requeue tasks left RUNNING by a worker that was killed (run before starting the only worker)."

    def handle(self, *args, **options):
        if not apps.is_installed("django_tasks_db"):
            self.stdout.write("TASKS_BACKEND is not the database backend: nothing to requeue.")
            return
        from django_tasks.base import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        count = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
        self.stdout.write(f"Requeued {count} interrupted task(s).")
