from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NominationsConfig(AppConfig):
    name = "nominations"
    verbose_name = _("Khen thưởng")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from campaigns.models import AwardType

        from .notifications import connect
        from .seed import link_new_award_type, seed_after_migrate

        connect()  # e-mails at each step of the award chains
        # The chains follow the award types: one created (by the plan's seed, the demo,
        # the office) gets its chain at once; an existing database gets them on migrate.
        post_save.connect(link_new_award_type, sender=AwardType, dispatch_uid="award_chain_for_new_type")
        post_migrate.connect(seed_after_migrate, sender=self, dispatch_uid="award_chains_after_migrate")
