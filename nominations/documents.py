"""The papers of a decision: the decision with its annex list, and each honouree's certificate.

The decision is drafted in the administrative layout (``core.official_documents``: DOCX
for the office to edit before signing, PDF for filing): the issuing body, number and
date, the articles (Điều 1: the award to the honourees of the annex list; Điều 2, 3: the
usual clauses), the signature, the recipients and the annex ("danh sách kèm theo"), one
row per honouree with public fields only (name, position or unit, unit).

The certificate (Bằng khen / Giấy khen) is one landscape A4 page: the issuing body, the
national motto, the award's name, the honouree, the decision's number and date, the
signer, and a QR code of the public verification address (also printed in full, so it
can be typed). The QR code is made by segno.
"""

import io

from django.utils.translation import gettext

import segno
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image as PillowImage

from campaigns.models import NomineeKind
from core.official_documents import (
    CENTER,
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_line,
    render_docx,
    render_pdf,
)
from core.pdf_fonts import add_font_family

from .models import AwardRecord, Decision
from .register import verification_url

FONT = "CertificateSerif"


def honouree_rows(decision: Decision) -> tuple[tuple[str, ...], ...]:
    records = decision.awards.select_related("unit").order_by("kind", "pk")
    return tuple(
        (
            str(number),
            record.name,
            record.position if record.kind == NomineeKind.INDIVIDUAL else "",
            record.unit_name,
        )
        for number, record in enumerate(records, start=1)
    )


def signature_of(decision: Decision) -> Signature:
    title = decision.signer_title or gettext("Chủ tịch")
    if "/" in title:  # "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        on_behalf, role = (part.strip() for part in title.split("/", 1))
        return Signature(role=role, name=decision.signer, on_behalf=on_behalf)
    on_behalf = "" if decision.issuing_body.is_outside else "TM. Ban Thường trực"
    return Signature(role=title, name=decision.signer, on_behalf=on_behalf)


def short_issuer(body) -> str:
    """ "Ban Thường trực", written under its committee (``parent_name``) as the decree lays it out."""
    name = body.name
    if body.parent_name and name.endswith(body.parent_name) and name != body.parent_name:
        return name[: -len(body.parent_name)].strip()
    return name


def decision_document(decision: Decision) -> OfficialDocument:
    body = decision.issuing_body
    award = decision.award_type.name
    count = decision.awards.count()
    articles = (
        Paragraph("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam và Luật Thi đua, khen thưởng;", italic=True),
        Paragraph(
            "Xét đề nghị của Hội đồng Thi đua – Khen thưởng"
            + (
                f" về kết quả {decision.campaign.title[:1].lower()}{decision.campaign.title[1:]}"
                if decision.campaign
                else ""
            )
            + ",",
            italic=True,
        ),
        Paragraph("QUYẾT ĐỊNH:", bold=True, align=CENTER, indent=False),
        Paragraph(
            f"Điều 1. Tặng {award} cho {count} tập thể, cá nhân có tên trong danh sách kèm theo "
            "đã có thành tích xuất sắc trong phong trào thi đua."
        ),
        Paragraph("Điều 2. Quyết định có hiệu lực kể từ ngày ký."),
        Paragraph(
            "Điều 3. Văn phòng, các ban, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 "
            "chịu trách nhiệm thi hành Quyết định này."
        ),
    )
    return OfficialDocument(
        issuing_body=short_issuer(body),
        parent_body=body.parent_name,
        number=decision.number,
        place=body.place,
        date=decision.date,
        kind="Quyết định",
        title=f"Về việc tặng {award}",
        body=articles,
        signatures=(signature_of(decision),),
        recipients=("Như Điều 3", "Lưu VT"),
        author=body.name,
        annex_title="Danh sách tập thể, cá nhân được khen thưởng",
        annex=(
            Table(
                header=("STT", "Tên tập thể, họ và tên", "Chức vụ", "Đơn vị"),
                rows=honouree_rows(decision),
                widths=(8, 40, 30, 30),
                aligns=("center", "left", "left", "left"),
            ),
        ),
    )


def decision_docx(decision: Decision) -> bytes:
    return render_docx(decision_document(decision))


def decision_pdf(decision: Decision) -> bytes:
    return render_pdf(decision_document(decision))


def qr_image(url: str) -> PillowImage.Image:
    """The QR code as a greyscale image (fpdf2 misreads segno's 1-bit PNG, hence the conversion)."""
    buffer = io.BytesIO()
    segno.make_qr(url, error="m").save(buffer, kind="png", scale=8, border=2)
    buffer.seek(0)
    return PillowImage.open(buffer).convert("L")


def certificate_pdf(record: AwardRecord) -> bytes:
    """The honouree's certificate: landscape A4, a double frame, the QR code bottom left."""
    decision = record.decision
    body = decision.issuing_body
    url = verification_url(record)
    pdf = FPDF(orientation="L", format="A4")
    add_font_family(pdf, FONT)
    pdf.set_title(f"{record.award_name} – {record.name}")
    pdf.set_author(body.name)
    pdf.set_lang("vi")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    red = (170, 20, 20)
    pdf.set_draw_color(*red)
    pdf.set_line_width(1.6)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)

    def line(text, style="", size=14, color=(0, 0, 0), height=None, y=None):
        if y is not None:
            pdf.set_y(y)
        pdf.set_x(20)
        pdf.set_font(FONT, style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(pdf.w - 40, height or size * 0.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    line(NATIONAL_NAME, "B", 14, y=22)
    line(NATIONAL_MOTTO, "B", 14)
    pdf.set_y(pdf.get_y() + 6)
    line((body.parent_name or body.name).upper(), "B", 15)
    if body.parent_name:
        line(short_issuer(body).upper(), "B", 13)
    line(gettext("TẶNG"), "B", 16, y=pdf.get_y() + 6)
    kind_word = record.award_name.split(" của ")[0].upper() if record.award_name else ""
    line(kind_word, "B", 34, color=red, height=16)
    line(record.name, "B", 24, color=(20, 40, 120), height=12, y=pdf.get_y() + 4)
    if record.position:
        line(record.position, "I", 14)
    elif record.unit_name and record.kind == NomineeKind.COLLECTIVE:
        line(record.unit_name, "I", 14)
    line(gettext("Đã có thành tích xuất sắc trong phong trào thi đua"), "", 14, y=pdf.get_y() + 4)
    if decision.campaign:
        line(decision.campaign.title, "I", 13)

    bottom = pdf.h - 62
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.w / 2, bottom)
    pdf.set_font(FONT, "I", 13)
    pdf.multi_cell(
        pdf.w / 2 - 22, 6, date_line(body.place, decision.date), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT
    )
    pdf.set_font(FONT, "B", 13)
    signature = signature_of(decision)
    for text in filter(None, (signature.on_behalf, signature.role)):
        pdf.set_x(pdf.w / 2)
        pdf.multi_cell(pdf.w / 2 - 22, 6, text.upper(), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_y(pdf.get_y() + 14)
    pdf.set_x(pdf.w / 2)
    pdf.multi_cell(pdf.w / 2 - 22, 6, decision.signer, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)

    pdf.image(qr_image(url), x=22, y=bottom - 4, w=36, h=36)
    pdf.set_xy(62, bottom)
    pdf.set_font(FONT, "", 10)
    pdf.multi_cell(
        pdf.w / 2 - 66,
        5,
        gettext("Quyết định số %(number)s ngày %(date)s\nMã xác minh: %(code)s\nQuét mã QR hoặc mở địa chỉ:")
        % {
            "number": decision.number,
            "date": decision.date.strftime("%d/%m/%Y"),
            "code": record.verification_code,
        },
        align="L",
        new_x=XPos.LEFT,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(22, bottom + 33)
    pdf.set_font(FONT, "", 9)
    pdf.cell(pdf.w / 2 - 26, 5, url, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())
