"""Vietnamese administrative documents (minutes, decisions) as DOCX and PDF.

An office files its papers in the layout of Decree 30/2020/NĐ-CP on clerical work: the
issuing body under its parent body top left with the number and symbol below, the
national name and motto top right with the place and date in italics below, the kind of
document and its title centred, the body, the signature block(s) and the list of
recipients ("Nơi nhận"). Callers declare a document with the small data classes below
and get bytes back: DOCX (python-docx) for the office to edit, PDF (fpdf2, fonts from
``core.pdf_fonts``) for filing. This module knows nothing of what the documents are
about; the council's minutes and the decisions build on it.
"""

import datetime
import io
from dataclasses import dataclass, field

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .pdf_fonts import add_font_family

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_HEADING = "Nơi nhận:"

LEFT, CENTER, RIGHT, JUSTIFY = "left", "center", "right", "justify"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body; ``indent`` indents its first line as the decree asks."""

    text: str
    bold: bool = False
    italic: bool = False
    align: str = JUSTIFY
    indent: bool = True


@dataclass(frozen=True)
class Table:
    """A ruled table in the body: a header row and rows of text.

    ``widths`` are relative column widths (equal when empty); ``aligns`` one of
    LEFT/CENTER/RIGHT per column (LEFT when empty).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    aligns: tuple[str, ...] = ()

    def column_widths(self) -> tuple[int, ...]:
        return self.widths or (1,) * len(self.header)

    def column_align(self, index: int) -> str:
        return self.aligns[index] if index < len(self.aligns) else LEFT


Block = Paragraph | Table


@dataclass(frozen=True)
class Signature:
    """A signature block: "TM. ..." (``on_behalf``), the signer's role, a note, the name."""

    role: str
    name: str
    on_behalf: str = ""
    note: str = ""


@dataclass(frozen=True)
class OfficialDocument:
    """What a document says; the layout is this module's business.

    ``number`` is the number and symbol without "Số:" (e.g. "01/BB-HĐTĐKT"); ``kind``
    the kind of document in capitals ("BIÊN BẢN"); ``title`` its summary line.
    ``recipients`` are listed one a line with the decree's dash and punctuation.
    """

    issuing_body: str
    number: str
    place: str
    date: datetime.date
    kind: str
    title: str = ""
    parent_body: str = ""
    body: tuple[Block, ...] = ()
    signatures: tuple[Signature, ...] = ()
    recipients: tuple[str, ...] = ()
    author: str = field(default="", compare=False)
    # An annex (e.g. a decision's "danh sách kèm theo") on a new page after the signature:
    # its title in capitals, the line "(Kèm theo <kind> số … ngày … của …)", then its blocks.
    annex_title: str = ""
    annex: tuple[Block, ...] = ()

    def annex_reference(self) -> str:
        """ "(Kèm theo Quyết định số 12/QĐ-MTTQ-BTT ngày 05/02/2026 của Ban Thường trực …)"."""
        issuer = self.issuing_body
        if self.parent_body and self.parent_body not in issuer:
            issuer = f"{issuer} {self.parent_body}"  # "Ban Thường trực" of which committee
        return (
            f"(Kèm theo {self.kind[:1].upper()}{self.kind[1:].lower()} số {self.number} "
            f"ngày {self.date:%d/%m/%Y} của {issuer})"
        )


def date_line(place: str, date: datetime.date) -> str:
    """The place and date line, e.g. "Lạng Sơn, ngày 05 tháng 02 năm 2026": a zero before days under 10 and months 1 and 2."""
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def recipient_lines(recipients: tuple[str, ...]) -> list[str]:
    """Each recipient after a dash, ending in ";" and the last one in "."."""
    lines = []
    for index, recipient in enumerate(recipients):
        text = recipient.strip().rstrip(";.")
        end = "." if index == len(recipients) - 1 else ";"
        lines.append(f"- {text}{end}")
    return lines


# ---------------------------------------------------------------- DOCX

DOCX_FONT = "Times New Roman"
DOCX_ALIGN = {
    LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
TEXT_WIDTH_MM = 165  # A4 less the decree's margins: 30 mm left, 15 mm right


def _docx_line(container, text, *, bold=False, italic=False, size=13, align=CENTER, underline=False):
    paragraph = container.add_paragraph()
    paragraph.alignment = DOCX_ALIGN[align]
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    run.font.size = Pt(size)
    return paragraph


def _docx_cell(cell, width_mm: float):
    cell.width = Mm(width_mm)
    # A new cell holds one empty paragraph; lines are added after it, so drop it.
    empty = cell.paragraphs[0]
    empty._element.getparent().remove(empty._element)
    return cell


def _docx_signature(cell, signature: Signature) -> None:
    if signature.on_behalf:
        _docx_line(cell, signature.on_behalf.upper(), bold=True)
    _docx_line(cell, signature.role.upper(), bold=True)
    if signature.note:
        _docx_line(cell, signature.note, italic=True)
    for _ in range(4):
        _docx_line(cell, "")
    _docx_line(cell, signature.name, bold=True)


def _docx_recipients(cell, recipients: tuple[str, ...]) -> None:
    _docx_line(cell, RECIPIENTS_HEADING, bold=True, italic=True, size=12, align=LEFT)
    for line in recipient_lines(recipients):
        _docx_line(cell, line, size=11, align=LEFT)


def render_docx(document: OfficialDocument) -> bytes:
    """The document as a Word file the office can edit."""
    docx = new_docx()
    section = docx.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = docx.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.font.size = Pt(13)
    docx.core_properties.title = " ".join(filter(None, (document.kind, document.title)))
    docx.core_properties.author = document.author or document.issuing_body
    docx.core_properties.language = "vi-VN"

    left_width, right_width = 65, TEXT_WIDTH_MM - 65
    heading = docx.add_table(rows=2, cols=2)
    heading.alignment = WD_TABLE_ALIGNMENT.CENTER
    body_cell, state_cell = (
        _docx_cell(cell, width)
        for cell, width in zip(heading.rows[0].cells, (left_width, right_width), strict=True)
    )
    if document.parent_body:
        _docx_line(body_cell, document.parent_body.upper(), size=12)
    _docx_line(body_cell, document.issuing_body.upper(), bold=True, size=12)
    _docx_line(body_cell, "———————", size=8)
    _docx_line(state_cell, NATIONAL_NAME, bold=True, size=12)
    _docx_line(state_cell, NATIONAL_MOTTO, bold=True, size=13)
    _docx_line(state_cell, "———————————", size=8)
    number_cell, date_cell = (
        _docx_cell(cell, width)
        for cell, width in zip(heading.rows[1].cells, (left_width, right_width), strict=True)
    )
    _docx_line(number_cell, f"Số: {document.number}")
    _docx_line(date_cell, date_line(document.place, document.date), italic=True)

    _docx_line(docx, "")
    _docx_line(docx, document.kind.upper(), bold=True, size=14)
    if document.title:
        _docx_line(docx, document.title, bold=True, size=14)
    _docx_line(docx, "————", size=8)
    _docx_line(docx, "")

    for block in document.body:
        if isinstance(block, Table):
            _docx_table(docx, block)
            continue
        paragraph = _docx_line(
            docx, block.text, bold=block.bold, italic=block.italic, align=block.align, size=13
        )
        paragraph.paragraph_format.space_after = Pt(6)
        if block.indent:
            paragraph.paragraph_format.first_line_indent = Mm(10)

    _docx_line(docx, "")
    _docx_closing(docx, document)
    if document.annex:
        _docx_annex(docx, document)

    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def _docx_annex(docx, document: OfficialDocument) -> None:
    docx.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _docx_line(docx, document.annex_title.upper(), bold=True, size=14)
    _docx_line(docx, document.annex_reference(), italic=True, size=13)
    _docx_line(docx, "————", size=8)
    _docx_line(docx, "")
    for block in document.annex:
        if isinstance(block, Table):
            _docx_table(docx, block)
            continue
        _docx_line(docx, block.text, bold=block.bold, italic=block.italic, align=block.align, size=13)


def _docx_table(docx, block: Table) -> None:
    widths = block.column_widths()
    total = sum(widths)
    table = docx.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row_index, texts in enumerate((block.header, *block.rows)):
        cells = table.rows[0].cells if row_index == 0 else table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            _docx_cell(cell, TEXT_WIDTH_MM * widths[index] / total)
            align = CENTER if row_index == 0 else block.column_align(index)
            _docx_line(cell, str(text), bold=row_index == 0, size=12, align=align)
    _docx_line(docx, "")


def _docx_closing(docx, document: OfficialDocument) -> None:
    """One signer: recipients left, signature right (the decree's layout). Several
    signers (minutes: secretary and chair): their blocks side by side, recipients under."""
    signatures = document.signatures
    if len(signatures) <= 1:
        table = docx.add_table(rows=1, cols=2)
        left, right = (
            _docx_cell(cell, width)
            for cell, width in zip(table.rows[0].cells, (70, TEXT_WIDTH_MM - 70), strict=True)
        )
        if document.recipients:
            _docx_recipients(left, document.recipients)
        else:
            _docx_line(left, "")
        if signatures:
            _docx_signature(right, signatures[0])
        else:
            _docx_line(right, "")
        return
    table = docx.add_table(rows=1, cols=len(signatures))
    width = TEXT_WIDTH_MM / len(signatures)
    for cell, signature in zip(table.rows[0].cells, signatures, strict=True):
        _docx_signature(_docx_cell(cell, width), signature)
    if document.recipients:
        _docx_line(docx, "")
        _docx_recipients(docx, document.recipients)


# ---------------------------------------------------------------- PDF

PDF_FONT = "OfficialSerif"
PDF_LEFT, PDF_RIGHT, PDF_TOP, PDF_BOTTOM = 30, 15, 20, 20
LINE = 6.2  # mm per line of 13 pt text
PDF_ALIGN = {LEFT: "L", CENTER: "C", RIGHT: "R", JUSTIFY: "J"}


class OfficialPDF(FPDF):
    """An A4 page with the decree's margins and the page number top centre from page 2."""

    def header(self):
        if self.page_no() > 1:
            self.set_font(PDF_FONT, size=11)
            self.set_y(8)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_y(PDF_TOP)


def _pdf_lines(pdf: FPDF, x: float, y: float, width: float, lines) -> float:
    """Write ``lines`` (text, style, size) centred in a column; return the bottom y.

    A text of a single "—" draws a short rule under the line above, as the decree does.
    """
    pdf.set_xy(x, y)
    for text, style, size in lines:
        if text == "—":
            rule = width / 3
            below = pdf.get_y() + 1.2
            pdf.line(x + (width - rule) / 2, below, x + (width + rule) / 2, below)
            pdf.set_y(below + 1.5)
            continue
        pdf.set_font(PDF_FONT, style, size)
        pdf.set_x(x)
        pdf.multi_cell(width, size * 0.45, text, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def _signature_lines(signature: Signature) -> list[tuple[str, str, int]]:
    lines = []
    if signature.on_behalf:
        lines.append((signature.on_behalf.upper(), "B", 13))
    lines.append((signature.role.upper(), "B", 13))
    if signature.note:
        lines.append((signature.note, "I", 12))
    lines += [("", "", 13)] * 4
    lines.append((signature.name, "B", 13))
    return lines


def render_pdf(document: OfficialDocument) -> bytes:
    """The document as a PDF for filing."""
    pdf = OfficialPDF(format="A4")
    add_font_family(pdf, PDF_FONT)
    pdf.set_title(" ".join(filter(None, (document.kind, document.title))))
    pdf.set_author(document.author or document.issuing_body)
    pdf.set_lang("vi")
    pdf.set_margins(PDF_LEFT, PDF_TOP, PDF_RIGHT)
    pdf.set_auto_page_break(True, margin=PDF_BOTTOM)
    pdf.add_page()
    width = pdf.epw
    left_width, right_width = 65, width - 65

    top = pdf.get_y()
    body_lines = []
    if document.parent_body:
        body_lines.append((document.parent_body.upper(), "", 12))
    body_lines += [(document.issuing_body.upper(), "B", 12), ("—", "", 0)]
    bottom_left = _pdf_lines(pdf, PDF_LEFT, top, left_width, body_lines)
    state_lines = [(NATIONAL_NAME, "B", 12), (NATIONAL_MOTTO, "B", 13), ("—", "", 0)]
    bottom_right = _pdf_lines(pdf, PDF_LEFT + left_width, top, right_width, state_lines)
    row = max(bottom_left, bottom_right) + 1
    _pdf_lines(pdf, PDF_LEFT, row, left_width, [(f"Số: {document.number}", "", 13)])
    _pdf_lines(
        pdf, PDF_LEFT + left_width, row, right_width, [(date_line(document.place, document.date), "I", 13)]
    )

    pdf.set_y(pdf.get_y() + 8)
    title_lines = [(document.kind.upper(), "B", 14)]
    if document.title:
        title_lines.append((document.title, "B", 14))
    title_lines.append(("—", "", 0))
    _pdf_lines(pdf, PDF_LEFT, pdf.get_y(), width, title_lines)
    pdf.set_y(pdf.get_y() + 5)

    for block in document.body:
        if isinstance(block, Table):
            _pdf_table(pdf, block)
            continue
        style = ("B" if block.bold else "") + ("I" if block.italic else "")
        pdf.set_font(PDF_FONT, style, 13)
        text = ("\u2003\u2003" if block.indent else "") + block.text
        pdf.multi_cell(0, LINE, text, align=PDF_ALIGN[block.align], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(pdf.get_y() + 1.5)

    pdf.set_y(pdf.get_y() + 4)
    _pdf_closing(pdf, document)
    if document.annex:
        _pdf_annex(pdf, document)
    return bytes(pdf.output())


def _pdf_annex(pdf: FPDF, document: OfficialDocument) -> None:
    pdf.add_page()
    lines = [(document.annex_title.upper(), "B", 14), (document.annex_reference(), "I", 13), ("—", "", 0)]
    _pdf_lines(pdf, PDF_LEFT, pdf.get_y(), pdf.epw, lines)
    pdf.set_y(pdf.get_y() + 5)
    for block in document.annex:
        if isinstance(block, Table):
            _pdf_table(pdf, block)
            continue
        pdf.set_font(PDF_FONT, ("B" if block.bold else "") + ("I" if block.italic else ""), 13)
        pdf.multi_cell(0, LINE, block.text, align=PDF_ALIGN[block.align], new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _pdf_table(pdf: FPDF, block: Table) -> None:
    pdf.set_font(PDF_FONT, "", 12)
    aligns = tuple(PDF_ALIGN[block.column_align(index)] for index in range(len(block.header)))
    with pdf.table(
        col_widths=block.column_widths(),
        text_align=aligns,
        line_height=5.5,
        padding=1.2,
        headings_style=None,
        first_row_as_headings=False,
        align="L",
    ) as table:
        header = table.row()
        pdf.set_font(PDF_FONT, "B", 12)
        for text in block.header:
            header.cell(text, align="C")
        pdf.set_font(PDF_FONT, "", 12)
        for texts in block.rows:
            row = table.row()
            for text in texts:
                row.cell(str(text))
    pdf.set_y(pdf.get_y() + 4)


def _pdf_recipients(pdf: FPDF, x: float, y: float, width: float, recipients: tuple[str, ...]) -> float:
    pdf.set_xy(x, y)
    pdf.set_font(PDF_FONT, "BI", 12)
    pdf.multi_cell(width, 5.5, RECIPIENTS_HEADING, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(PDF_FONT, "", 11)
    for line in recipient_lines(recipients):
        pdf.set_x(x)
        pdf.multi_cell(width, 5, line, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def _pdf_closing(pdf: FPDF, document: OfficialDocument) -> None:
    signatures = document.signatures
    # Keep a signature block whole on one page.
    needed = 8 * 6 + (len(document.recipients) * 5 if len(signatures) > 1 else 0)
    if pdf.get_y() + needed > pdf.h - PDF_BOTTOM:
        pdf.add_page()
    top = pdf.get_y()
    if len(signatures) <= 1:
        bottoms = [top]
        if document.recipients:
            bottoms.append(_pdf_recipients(pdf, PDF_LEFT, top, 70, document.recipients))
        if signatures:
            bottoms.append(_pdf_lines(pdf, PDF_LEFT + 70, top, pdf.epw - 70, _signature_lines(signatures[0])))
        pdf.set_y(max(bottoms))
        return
    column = pdf.epw / len(signatures)
    bottoms = [
        _pdf_lines(pdf, PDF_LEFT + index * column, top, column, _signature_lines(signature))
        for index, signature in enumerate(signatures)
    ]
    if document.recipients:
        _pdf_recipients(pdf, PDF_LEFT, max(bottoms) + 6, 90, document.recipients)
