"""The four award chains of the 2020 plan, as the Front's rules run them.

Idempotent: the demo loader and the tests call ``ensure_award_chains`` after the award
types exist. Steps are shared between chains (one "Văn phòng tỉnh kiểm tra hồ sơ" task
serves three of them), as Wagtail's workflow editor lets the office reuse them.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from campaigns.models import AwardType

from .chain import Actor, StepKind
from .models import AwardChain, AwardStepTask, Nomination

STEP_NAMES = {
    (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF): "Thường trực đơn vị đề nghị ký duyệt",
    (Actor.UNIT_ABOVE, StepKind.SIGN_OFF): "Thường trực đơn vị cấp trên ký duyệt",
    (Actor.PROVINCE_OFFICE, StepKind.DOSSIER_CHECK): "Văn phòng tỉnh kiểm tra hồ sơ",
    (Actor.COUNCIL, StepKind.CONSIDERATION): "Hội đồng thi đua – khen thưởng xét",
    (Actor.PROVINCE_BOARD, StepKind.DECISION): "Ban Thường trực tỉnh quyết định",
    (Actor.PROVINCE_BOARD, StepKind.SUBMISSION): "Ban Thường trực tỉnh trình cấp có thẩm quyền",
    (Actor.PROVINCE_OFFICE, StepKind.DECISION): "Văn phòng tỉnh ghi quyết định của cấp có thẩm quyền",
    (Actor.DECIDING_BOARD, StepKind.CONSIDERATION): "Ban Thường trực cấp huyện xét",
    (Actor.DECIDING_BOARD, StepKind.DECISION): "Ban Thường trực cấp huyện quyết định",
}

UP_TO_THE_COUNCIL = [
    (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF),
    (Actor.UNIT_ABOVE, StepKind.SIGN_OFF),
    (Actor.PROVINCE_OFFICE, StepKind.DOSSIER_CHECK),
    (Actor.COUNCIL, StepKind.CONSIDERATION),
]
DECIDED_OUTSIDE = UP_TO_THE_COUNCIL + [
    (Actor.PROVINCE_BOARD, StepKind.SUBMISSION),
    (Actor.PROVINCE_OFFICE, StepKind.DECISION),
]
# award type slug → (workflow name, steps in order)
CHAINS = {
    "giay-khen-ubmttq-huyen": (
        "Xét Giấy khen của Ủy ban MTTQ cấp huyện",
        [
            (Actor.PROPOSING_BOARD, StepKind.SIGN_OFF),
            (Actor.DECIDING_BOARD, StepKind.CONSIDERATION),
            (Actor.DECIDING_BOARD, StepKind.DECISION),
        ],
    ),
    "bang-khen-ubmttq-tinh": (
        "Xét Bằng khen của Ủy ban MTTQ tỉnh",
        UP_TO_THE_COUNCIL + [(Actor.PROVINCE_BOARD, StepKind.DECISION)],
    ),
    "bang-khen-ubnd-tinh": ("Xét, trình Bằng khen của UBND tỉnh", DECIDED_OUTSIDE),
    "bang-khen-ubtw-mttq": ("Xét, trình Bằng khen của Ủy ban Trung ương MTTQ Việt Nam", DECIDED_OUTSIDE),
}
# Working days the nominees of each award type are posted for public comment before the
# council considers them (Decree 98/2023/NĐ-CP asks it for the higher awards; provinces post
# their Bằng khen nominees for five working days). A district's own Giấy khen is not posted.
# The office changes them on the chain (Cài đặt → Quy trình xét khen thưởng theo hình thức).
COMMENT_DAYS = {
    "giay-khen-ubmttq-huyen": 0,
    "bang-khen-ubmttq-tinh": 5,
    "bang-khen-ubnd-tinh": 5,
    "bang-khen-ubtw-mttq": 5,
}
# The chain Wagtail offers on a new nomination before its award type is chosen.
DEFAULT_CHAIN = "bang-khen-ubmttq-tinh"


def ensure_step(actor: str, kind: str) -> AwardStepTask:
    task = AwardStepTask.objects.filter(actor=actor, kind=kind).first()
    if task is None:
        task = AwardStepTask.objects.create(name=STEP_NAMES[(actor, kind)], actor=actor, kind=kind)
    return task


def ensure_award_chains() -> dict[str, Workflow]:
    """Create the chains that are missing and link each award type to its own."""
    workflows = {}
    for slug, (name, steps) in CHAINS.items():
        award_type = AwardType.objects.filter(slug=slug).first()
        if award_type is None:
            continue
        chain = AwardChain.objects.filter(award_type=award_type).select_related("workflow").first()
        if chain is not None:
            workflows[slug] = chain.workflow
            continue
        workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        if created:
            for order, (actor, kind) in enumerate(steps):
                WorkflowTask.objects.create(
                    workflow=workflow, task=ensure_step(actor, kind), sort_order=order
                )
        AwardChain.objects.create(award_type=award_type, workflow=workflow, comment_days=COMMENT_DAYS[slug])
        workflows[slug] = workflow
    if DEFAULT_CHAIN in workflows:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(Nomination),
            defaults={"workflow": workflows[DEFAULT_CHAIN]},
        )
    return workflows


def link_new_award_type(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.slug in CHAINS:
        ensure_award_chains()


def seed_after_migrate(sender, **kwargs):
    ensure_award_chains()
