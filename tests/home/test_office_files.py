"""An office document a unit uploads must be one: a ZIP renamed .docx, or one carrying a program or a bomb, is refused.

Every .docx, .xlsx and .odt is a ZIP archive, so its first bytes prove nothing; the
private-file check reads the archive's directory (never unpacking it) for the format's
parts, for programs, for names that climb out of the folder and for sizes that explode.
"""

import io
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from core.private_files import PrivateFileValidator

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
DOCX_PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p></w:body></w:document>",
}
XLSX_PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    "xl/workbook.xml": "<workbook/>",
    "xl/worksheets/sheet1.xml": "<worksheet/>",
}


def archive(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as output:
        for name, data in members.items():
            output.writestr(name, data)
    return buffer.getvalue()


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as error:
        PrivateFileValidator()(SimpleUploadedFile(name, content))
    return " ".join(error.value.messages)


def zip_bomb() -> bytes:
    """A real .docx whose document part unpacks from a few kilobytes to 200 MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as output:
        for name, data in DOCX_PARTS.items():
            if name != "word/document.xml":
                output.writestr(name, data)
        with output.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"\0" * (1024 * 1024)
            for _ in range(200):
                part.write(block)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "parts"), [("to-trinh.docx", DOCX_PARTS), ("danh-sach.xlsx", XLSX_PARTS)])
def test_a_real_office_document_is_accepted(name, parts):
    PrivateFileValidator()(SimpleUploadedFile(name, archive(parts)))


def test_a_zip_holding_a_program_renamed_docx_is_refused():
    message = refusal("to-trinh.docx", archive({"setup.exe": b"MZ\x90\x00" + b"\0" * 512}))
    assert "không phải văn bản docx" in message


def test_a_word_document_carrying_a_program_is_refused():
    message = refusal("to-trinh.docx", archive({**DOCX_PARTS, "word/media/anh.exe": b"MZ\x90\x00"}))
    assert "chứa chương trình" in message and "anh.exe" in message


def test_a_word_document_carrying_macros_is_refused():
    message = refusal("to-trinh.docx", archive({**DOCX_PARTS, "word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))
    assert "macro" in message


@pytest.mark.parametrize("member", ["../../etc/cron.d/x", "/etc/passwd", "word\\..\\..\\x.xml", "C:/x.xml"])
def test_names_that_climb_out_of_the_folder_are_refused(member):
    assert "đường dẫn không hợp lệ" in refusal("to-trinh.docx", archive({**DOCX_PARTS, member: "x"}))


def test_a_zip_bomb_is_refused_without_unpacking_it():
    content = zip_bomb()
    assert len(content) < 1024 * 1024
    assert "giải nén ra quá lớn" in refusal("to-trinh.docx", content)


def test_a_zip_missing_the_spreadsheet_part_is_refused_as_xlsx():
    parts = {"[Content_Types].xml": CONTENT_TYPES, "payload/readme.txt": "not a workbook"}
    assert "không phải văn bản xlsx" in refusal("danh-sach.xlsx", archive(parts))
