"""Administrative documents come out in the decree's layout, as DOCX and as PDF, with
every word the caller declared (read back with python-docx and pypdf)."""

import datetime
import io

import docx
import pytest
from pypdf import PdfReader

from core.official_documents import (
    NATIONAL_MOTTO,
    NATIONAL_NAME,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
    date_line,
    recipient_lines,
    render_docx,
    render_pdf,
)

MINUTES = OfficialDocument(
    parent_body="Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
    issuing_body="Hội đồng Thi đua – Khen thưởng",
    number="07/BB-HĐTĐKT",
    place="Lạng Sơn",
    date=datetime.date(2026, 2, 5),
    kind="Biên bản",
    title="Họp Hội đồng thi đua – khen thưởng",
    body=(
        Paragraph("Địa điểm: Hội trường Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn."),
        Paragraph("Kết quả biểu quyết", bold=True, indent=False),
        Table(
            header=("STT", "Tập thể, cá nhân", "Đồng ý", "Không đồng ý"),
            rows=(
                ("1", "Nguyễn Thị Ánh Tuyết", "5", "0"),
                ("2", "Ban công tác Mặt trận thôn Bản Đon", "2", "3"),
            ),
            widths=(2, 10, 3, 3),
        ),
    ),
    signatures=(
        Signature("Thư ký", "Lý Thị Hoa"),
        Signature("Chủ tọa", "Hoàng Văn Đức", note="(Ký, ghi rõ họ tên)"),
    ),
    recipients=("Ban Thường trực", "Lưu: VT, TĐKT"),
)


def docx_text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def pdf_text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages).split())


EVERY_WORD = (
    "ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN",
    NATIONAL_NAME,
    NATIONAL_MOTTO,
    "Số: 07/BB-HĐTĐKT",
    "Lạng Sơn, ngày 05 tháng 02 năm 2026",
    "BIÊN BẢN",
    "Họp Hội đồng thi đua – khen thưởng",
    "Hội trường Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn.",
    "Nguyễn Thị Ánh Tuyết",
    "THƯ KÝ",
    "CHỦ TỌA",
    "(Ký, ghi rõ họ tên)",
    "Lý Thị Hoa",
    "Hoàng Văn Đức",
    "Nơi nhận:",
    "- Ban Thường trực;",
    "- Lưu: VT, TĐKT.",
)


@pytest.mark.parametrize(
    "render, read", [(render_docx, docx_text), (render_pdf, pdf_text)], ids=["docx", "pdf"]
)
def test_every_declared_word_is_in_the_document(render, read):
    text = read(render(MINUTES))

    for words in EVERY_WORD:
        assert words in text, words
    # The issuing body wraps in its narrow column; its words are all there.
    assert "HỘI ĐỒNG THI ĐUA – KHEN" in text and "THƯỞNG" in text


def test_the_docx_puts_the_issuing_body_left_and_the_motto_right_with_the_date_in_italics():
    document = docx.Document(io.BytesIO(render_docx(MINUTES)))
    heading = document.tables[0]
    body_cell, state_cell = heading.rows[0].cells
    number_cell, date_cell = heading.rows[1].cells

    assert body_cell.paragraphs[1].text == "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"
    assert body_cell.paragraphs[1].runs[0].bold
    assert [p.text for p in state_cell.paragraphs][:2] == [NATIONAL_NAME, NATIONAL_MOTTO]
    assert number_cell.text == "Số: 07/BB-HĐTĐKT"
    assert date_cell.paragraphs[0].runs[0].italic
    votes = document.tables[1]
    assert [cell.text for cell in votes.rows[2].cells] == [
        "2",
        "Ban công tác Mặt trận thôn Bản Đon",
        "2",
        "3",
    ]


def test_the_pdf_is_a4_and_a_long_body_runs_onto_numbered_pages():
    long = OfficialDocument(
        issuing_body="Ban Thường trực",
        number="1/QĐ",
        place="Lạng Sơn",
        date=datetime.date(2026, 11, 18),
        kind="Quyết định",
        body=tuple(
            Paragraph(f"Điều {n}. Tặng Bằng khen cho các tập thể và cá nhân có thành tích.")
            for n in range(1, 80)
        ),
        signatures=(Signature("Chủ tịch", "Nông Lương Chấn", on_behalf="TM. Ban Thường trực"),),
    )

    reader = PdfReader(io.BytesIO(render_pdf(long)))

    assert len(reader.pages) > 1
    assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == 210
    assert "Điều 79." in pdf_text(render_pdf(long))
    assert reader.pages[1].extract_text().split()[0] == "2"
    assert "TM. BAN THƯỜNG TRỰC" in " ".join(reader.pages[-1].extract_text().split())


def test_dates_and_recipients_follow_the_decree():
    assert date_line("Hà Nội", datetime.date(2026, 1, 9)) == "Hà Nội, ngày 09 tháng 01 năm 2026"
    assert date_line("Hà Nội", datetime.date(2026, 12, 25)) == "Hà Nội, ngày 25 tháng 12 năm 2026"
    assert recipient_lines(("Như trên;", "Lưu: VT.")) == ["- Như trên;", "- Lưu: VT."]
