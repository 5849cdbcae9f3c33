"""The council's sessions in the admin: prepare, open the ballot, vote, count, close, minutes.

The province office prepares a session with Wagtail's snippet screens (``Phiên họp Hội
đồng``); everything after that happens in the session's room, a screen of its own that
shows each person the buttons of their part: the office or the chair opens the ballot,
each member present votes once on every nominee, the secretary enters paper counts, the
chair closes. Messages after a vote never repeat the choice (Django keeps messages in
the session store).
"""

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_listings import SnippetIndexView
from core.dates import DayFirstDateField, DayFirstDateInput
from core.private_files import file_response
from intranet.scoping import scope_queryset

from .council import (
    CouncilRefused,
    awaiting_council,
    can_close,
    can_enter_counts,
    can_open,
    can_see_sessions,
    cast_ballot,
    close_ballot,
    enter_paper_counts,
    grouped,
    is_office,
    open_ballot,
    person,
    vote_refusal,
)
from .models import AgendaItem, BallotKind, CouncilSession, Nomination, council_members

ROOM_URL = "wagtailsnippets_nominations_councilsession:room"
MINUTES_URL = "council_minutes:download"


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class MembersField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class AgendaField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} – {obj.award_type.short_name or obj.award_type.name} – {obj.unit.title}"


class CouncilSessionForm(WagtailAdminModelForm):
    """The session's facts, who is present and the agenda; only while it is being prepared."""

    agenda = AgendaField(
        queryset=Nomination.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Chương trình họp: hồ sơ đưa ra xét"),
        help_text=_("Các hồ sơ đã qua kiểm tra hồ sơ và hết thời gian lấy ý kiến, đang chờ Hội đồng xét."),
    )

    class Meta:
        model = CouncilSession
        fields = [
            "number",
            "date",
            "start_time",
            "place",
            "issuing_place",
            "chair",
            "secretary",
            "members",
            "ballot",
        ]
        field_classes = {
            "date": DayFirstDateField,
            "chair": MemberChoiceField,
            "secretary": MemberChoiceField,
            "members": MembersField,
        }
        widgets = {"date": DayFirstDateInput(), "members": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        members = council_members()
        for name in ("chair", "secretary", "members"):
            self.fields[name].queryset = members
        self.fields["members"].help_text = _("Các thành viên Hội đồng dự họp; chỉ họ được bỏ phiếu.")
        current = (
            Nomination.objects.filter(council_items__session=self.instance) if self.instance.pk else None
        )
        agenda = awaiting_council()
        if current is not None:
            agenda = (agenda | current).distinct()
            self.initial.setdefault("agenda", list(current.values_list("pk", flat=True)))
        self.fields["agenda"].queryset = agenda.select_related("award_type", "unit")
        if not self.fields["agenda"].queryset.exists():  # a list of no boxes said nothing at all
            self.fields["agenda"].help_text = _(
                "Chưa có hồ sơ nào chờ Hội đồng xét: hồ sơ hiện ở đây khi đã qua kiểm tra hồ sơ và hết "
                "thời gian lấy ý kiến nhân dân. Có thể lưu phiên họp và thêm hồ sơ sau."
            )

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not CouncilSession.objects.get(pk=self.instance.pk).is_preparing:
            raise forms.ValidationError(
                gettext("Phiên họp đã mở biểu quyết: không sửa được thông tin phiên họp.")
            )
        chair, members = cleaned.get("chair"), cleaned.get("members")
        if chair is not None and members is not None and chair not in members:
            self.add_error("chair", gettext("Chủ tọa phải là một thành viên có mặt."))
        return cleaned

    def _save_m2m(self):
        super()._save_m2m()
        chosen = {nomination.pk for nomination in self.cleaned_data.get("agenda") or ()}
        self.instance.items.exclude(nomination_id__in=chosen).delete()
        have = set(self.instance.items.values_list("nomination_id", flat=True))
        AgendaItem.objects.bulk_create(
            AgendaItem(session=self.instance, nomination_id=pk) for pk in sorted(chosen - have)
        )


class CouncilSessionIndexView(SnippetIndexView):
    """The sessions' list: each row opens the session's room, not the form."""

    def get_edit_url(self, instance):
        return reverse(ROOM_URL, args=[quote(instance.pk)])


class SessionMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_sessions(request.user):
            raise PermissionDenied
        self.session = get_object_or_404(
            CouncilSession.objects.select_related("chair", "secretary"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    @property
    def room_url(self) -> str:
        return reverse(ROOM_URL, args=[quote(self.session.pk)])

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": gettext("Bảng điều khiển")},
            {
                "url": reverse("wagtailsnippets_nominations_councilsession:list"),
                "label": gettext("Phiên họp Hội đồng"),
            },
            {"url": self.room_url, "label": str(self.session)},
        ]

    def refuse(self, message: str):
        messages.error(self.request, message)
        return redirect(self.room_url)


class SessionRoomView(SessionMixin, TemplateView):
    template_name = "nominations/council/room.html"

    def get_page_title(self):
        return gettext("Phiên họp Hội đồng thi đua – khen thưởng")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session, user = self.session, self.request.user
        items = list(session.items.select_related("nomination__award_type", "nomination__unit"))
        members = list(session.members.order_by("last_name", "first_name", "username"))
        context.update(
            session=session,
            groups=grouped(items),
            members=[person(member) for member in members],
            council_size=session.council_size or council_members().count(),
            ballots_cast=session.ballots_cast.count(),
            chair=person(session.chair),
            secretary=person(session.secretary),
            can_edit=session.is_preparing and is_office(user),
            edit_url=reverse("wagtailsnippets_nominations_councilsession:edit", args=[quote(session.pk)]),
            can_open=can_open(session, user),
            can_vote=not vote_refusal(session, user),
            has_voted=session.ballots_cast.filter(member=user).exists(),
            is_present=any(member.pk == user.pk for member in members),
            can_enter_counts=can_enter_counts(session, user),
            can_close=can_close(session, user),
            show_results=session.is_closed,
            minutes=session.is_closed and bool(session.minutes_pdf),
            minutes_pdf=reverse(MINUTES_URL, args=[session.pk, "pdf"]),
            minutes_docx=reverse(MINUTES_URL, args=[session.pk, "docx"]),
            paper=session.ballot == BallotKind.PAPER,
        )
        return context


class SessionActionView(SessionMixin, TemplateView):
    """POST-only: open or close the ballot."""

    action = ""
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            if self.action == "open":
                open_ballot(self.session, request.user)
                messages.success(
                    request, gettext("Đã mở biểu quyết. Các thành viên có mặt bỏ phiếu tại phòng họp.")
                )
            else:
                notes = close_ballot(self.session, request.user)
                messages.success(
                    request,
                    gettext(
                        "Đã đóng biểu quyết, công bố kết quả và lập biên bản; các hồ sơ đã được chuyển bước."
                    ),
                )
                for note in notes:
                    messages.warning(request, note)
        except CouncilRefused as refused:
            messages.error(request, refused.message)
        return redirect(self.room_url)


class VoteForm(forms.Form):
    """One choice per agenda item: agree or disagree; every item must be answered."""

    CHOICES = (("1", _("Đồng ý")), ("0", _("Không đồng ý")))

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            self.fields[f"item_{item.pk}"] = forms.ChoiceField(
                choices=self.CHOICES,
                widget=forms.RadioSelect,
                label=item.nomination.name,
                error_messages={"required": gettext("Chọn Đồng ý hoặc Không đồng ý.")},
            )

    def choices(self) -> dict[int, bool]:
        return {item.pk: self.cleaned_data[f"item_{item.pk}"] == "1" for item in self.items}

    def rows(self):
        for item in self.items:
            yield item, self[f"item_{item.pk}"]


class VoteView(SessionMixin, TemplateView):
    template_name = "nominations/council/vote.html"

    def get_page_title(self):
        return gettext("Phiếu biểu quyết")

    def dispatch(self, request, *args, **kwargs):
        self.form = None
        return super().dispatch(request, *args, **kwargs)

    def items(self):
        return list(self.session.items.select_related("nomination__award_type", "nomination__unit"))

    def get(self, request, *args, **kwargs):
        refusal = vote_refusal(self.session, request.user)
        if refusal:
            return self.refuse(refusal)
        self.form = VoteForm(items=self.items())
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.form = VoteForm(request.POST, items=self.items())
        if not self.form.is_valid():
            messages.error(request, gettext("Phiếu chưa đủ: chọn Đồng ý hoặc Không đồng ý cho từng hồ sơ."))
            return self.get_response()
        try:
            cast_ballot(self.session, request.user, self.form.choices())
        except CouncilRefused as refused:
            return self.refuse(refused.message)
        messages.success(
            request,
            gettext("Đã ghi nhận phiếu biểu quyết của bạn. Kết quả công bố khi chủ tọa đóng biểu quyết."),
        )
        return redirect(self.room_url)

    def get_response(self):
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(self.form.rows())
        groups = {}
        for item, field in rows:
            groups.setdefault(item.nomination.award_type, []).append((item, field))
        context.update(session=self.session, form=self.form, groups=groups, room_url=self.room_url)
        return context


class CountsForm(forms.Form):
    def __init__(self, *args, items, present, **kwargs):
        super().__init__(*args, **kwargs)
        self.items, self.present = items, present
        for item in items:
            for side, label in (("agree", _("Đồng ý")), ("disagree", _("Không đồng ý"))):
                self.fields[f"{side}_{item.pk}"] = forms.IntegerField(
                    min_value=0,
                    max_value=present,
                    label=label,
                    initial=getattr(item, side),
                    error_messages={
                        "required": gettext("Nhập số phiếu."),
                        "invalid": gettext("Nhập một số nguyên."),
                        "max_value": gettext("Không quá %(limit_value)s (số thành viên có mặt)."),
                        "min_value": gettext("Không được âm."),
                    },
                )

    def clean(self):
        cleaned = super().clean()
        for item in self.items:
            agree, disagree = cleaned.get(f"agree_{item.pk}"), cleaned.get(f"disagree_{item.pk}")
            if agree is not None and disagree is not None and agree + disagree > self.present:
                self.add_error(
                    f"disagree_{item.pk}",
                    gettext("Tổng số phiếu (%(total)s) vượt quá số thành viên có mặt (%(present)s).")
                    % {"total": agree + disagree, "present": self.present},
                )
        return cleaned

    def counts(self) -> dict[int, tuple[int, int]]:
        data = self.cleaned_data
        return {item.pk: (data[f"agree_{item.pk}"], data[f"disagree_{item.pk}"]) for item in self.items}

    def rows(self):
        for item in self.items:
            yield item, self[f"agree_{item.pk}"], self[f"disagree_{item.pk}"]


class PaperCountsView(SessionMixin, TemplateView):
    template_name = "nominations/council/counts.html"

    def get_page_title(self):
        return gettext("Nhập kết quả kiểm phiếu")

    def make_form(self, data=None):
        items = list(self.session.items.select_related("nomination__award_type", "nomination__unit"))
        return CountsForm(data, items=items, present=self.session.members.count())

    def get(self, request, *args, **kwargs):
        if not can_enter_counts(self.session, request.user):
            return self.refuse(
                gettext(
                    "Chỉ thư ký của phiên họp bỏ phiếu giấy nhập kết quả kiểm phiếu, khi đang biểu quyết."
                )
            )
        self.form = self.make_form()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.form = self.make_form(request.POST)
        if self.form.is_valid():
            try:
                enter_paper_counts(self.session, request.user, self.form.counts())
            except CouncilRefused as refused:
                messages.error(request, refused.message)
                return self.render_to_response(self.get_context_data())
            messages.success(
                request, gettext("Đã ghi kết quả kiểm phiếu. Chủ tọa đóng biểu quyết để công bố kết quả.")
            )
            return redirect(self.room_url)
        messages.error(request, gettext("Kết quả kiểm phiếu chưa hợp lệ: xem các ô được đánh dấu."))
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            session=self.session, form=self.form, rows=list(self.form.rows()), room_url=self.room_url
        )
        return context


def can_see_minutes(user, session: CouncilSession) -> bool:
    """The office and the council; a unit's members when one of its nominations was considered."""
    if can_see_sessions(user):
        return True
    considered = Nomination.objects.filter(council_items__session=session)
    return scope_queryset(user, considered).exists()


def minutes_download(request, pk: int, extension: str):
    session = get_object_or_404(CouncilSession, pk=pk)
    stored = session.minutes_pdf if extension == "pdf" else session.minutes_docx
    if not request.user.is_authenticated or not can_see_minutes(request.user, session) or not stored:
        raise Http404
    return file_response(stored, stored.name)


class CouncilSessionViewSet(SnippetViewSet):
    """The council's sessions, prepared by the province office."""

    model = CouncilSession
    icon = "group"
    menu_label = _("Phiên họp Hội đồng")
    menu_order = 160
    add_to_admin_menu = True
    add_item_label = _("Tạo phiên họp")
    list_display = ["number", "date", "place", Column("get_status_display", label=_("Trạng thái"))]
    list_filter = ["status"]
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = CouncilSessionIndexView
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("number"), FieldPanel("date"), FieldPanel("start_time")]),
            FieldRowPanel([FieldPanel("place"), FieldPanel("issuing_place")]),
            FieldRowPanel([FieldPanel("chair"), FieldPanel("secretary")]),
            FieldPanel("members"),
            FieldPanel("ballot"),
            MultiFieldPanel([FieldPanel("agenda")], heading=_("Chương trình họp")),
        ],
        base_form_class=CouncilSessionForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("room/<int:pk>/", SessionRoomView.as_view(), name="room"),
            path("open/<int:pk>/", SessionActionView.as_view(action="open"), name="open"),
            path("close/<int:pk>/", SessionActionView.as_view(action="close"), name="close"),
            path("vote/<int:pk>/", VoteView.as_view(), name="vote"),
            path("counts/<int:pk>/", PaperCountsView.as_view(), name="counts"),
        ]
