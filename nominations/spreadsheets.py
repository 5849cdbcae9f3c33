"""Lists that units keep in Excel, read and written the same way: a template, an upload, a preview.

An officer downloads the template (``Sheet.template``): one header row with the
columns in the official order, drop-down lists where the answer is one of a few,
text-formatted cells for numbers that start with 0 (ID numbers, phones), and a second
sheet explaining each column. The filled file comes back through ``Sheet.read``:

- only a real .xlsx is read (the office-file checker of ``core.private_files``: the
  first bytes, the archive's parts, no macro, no bomb), up to ``MAX_UPLOAD_BYTES``;
- the header row must be the template's: a missing, unknown or misspelt column is named
  (accents and case do not matter), and the whole file is refused, as a wrong template;
- each row is checked by a Django form (``Sheet.row_form``); every mistake is reported
  with its row number and column letter as Excel shows them, in Vietnamese;
- a cell holding a formula is read as the text typed (``=HYPERLINK(...)`` stays a name),
  never computed: the workbook is opened without cached values and handed to tablib.

Nothing is saved here: the caller shows the preview and saves the valid rows when the
officer confirms.
"""

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

import filetype
import tablib
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from tablib.formats._xlsx import XLSXFormat

from core.folding import fold
from core.private_files import ALLOWED_TYPES, check_office_archive

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class SheetRefused(Exception):
    """The file as a whole cannot be read (not an xlsx, not the template, too many rows)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Column:
    """One column of a template: the row form's field it fills, its heading and its help."""

    key: str
    heading: str
    help: str = ""
    width: int = 18
    text: bool = False  # formatted as text in the template (numbers that start with 0)
    choices: tuple[str, ...] = ()  # a drop-down list in the template
    filled: bool = True  # False for a column a row may have alone and still be empty (STT)


@dataclass
class RowError:
    row: int  # as Excel numbers it (the header is row 1)
    column: str  # the letter, "" for the row as a whole
    heading: str
    message: str


@dataclass
class SheetReading:
    """What a file holds: the valid rows (row number, cleaned values) and every mistake."""

    rows: list[tuple[int, dict]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    skipped: list[RowError] = field(default_factory=list)  # valid rows already recorded: left out
    total: int = 0  # rows with anything in them
    letters: dict = field(default_factory=dict)  # column key -> letter in the file read

    @property
    def rows_in_error(self) -> int:
        return len({error.row for error in self.errors})


def check_xlsx(uploaded) -> None:
    """Refuse anything but a real .xlsx of reasonable size (``SheetRefused``, in Vietnamese)."""
    if Path(uploaded.name or "").suffix.lower() != ".xlsx":
        raise SheetRefused(gettext("Chỉ nhận tệp Excel .xlsx (tải mẫu danh sách ở trên và điền vào đó)."))
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise SheetRefused(
            gettext("Tệp quá lớn (tối đa %(size)s MB).") % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    uploaded.seek(0)
    kind = filetype.guess(uploaded.read(8192))
    uploaded.seek(0)
    if kind is None or kind.mime not in ALLOWED_TYPES["xlsx"]:
        raise SheetRefused(gettext("Nội dung tệp không phải tệp Excel .xlsx."))
    try:
        check_office_archive(uploaded, "xlsx")
    except ValidationError as error:
        raise SheetRefused(" ".join(error.messages)) from error


def cell_text(value) -> str:
    """A cell as the text an officer sees: numbers without ``.0``, dates day first."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class Sheet:
    """A kind of list: its columns, the form each row must pass, its template's title."""

    title: str = ""
    columns: tuple[Column, ...] = ()
    row_form: type[forms.Form]
    notes: tuple[str, ...] = ()

    def __init__(self, **choices: tuple[str, ...]):
        """``choices``: the drop-down values of columns whose answers depend on the case
        (the award types of the campaign chosen)."""
        self.choices = choices

    def choices_for(self, column: Column) -> tuple[str, ...]:
        return self.choices.get(column.key, column.choices)

    # -- the template --------------------------------------------------------------------------
    def template(self) -> bytes:
        book = Workbook()
        sheet = book.active
        sheet.title = str(self.title)[:31]
        sheet.append([str(column.heading) for column in self.columns])
        sheet.freeze_panes = "A2"
        header_fill = PatternFill("solid", fgColor="DDE7F3")
        for index, column in enumerate(self.columns, start=1):
            letter = get_column_letter(index)
            cell = sheet.cell(row=1, column=index)
            cell.font = Font(bold=True)
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.column_dimensions[letter].width = column.width
            cells = f"{letter}2:{letter}{MAX_ROWS + 1}"
            if column.text:  # the whole column as text: an ID number keeps its leading 0
                sheet.column_dimensions[letter].number_format = "@"
            choices = self.choices_for(column)
            if choices:
                listed = ",".join(choice.replace(",", " ") for choice in choices)
                if len(listed) <= 250:  # Excel's limit for a list typed in the rule
                    validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
                    validation.error = gettext("Hãy chọn một giá trị trong danh sách.")
                    validation.errorTitle = gettext("Giá trị không hợp lệ")
                    validation.add(cells)
                    sheet.add_data_validation(validation)
        guide = book.create_sheet(gettext("Hướng dẫn"))
        guide.append([gettext("Cột"), gettext("Tiêu đề"), gettext("Cách điền")])
        for cell in guide[1]:
            cell.font = Font(bold=True)
        for index, column in enumerate(self.columns, start=1):
            choices = self.choices_for(column)
            help_text = str(column.help)
            if choices:
                help_text = " ".join(
                    filter(
                        None,
                        [
                            help_text,
                            gettext("Chọn một trong: %(choices)s.") % {"choices": "; ".join(choices)},
                        ],
                    )
                )
            guide.append([get_column_letter(index), str(column.heading), help_text])
        for note in self.notes:
            guide.append(["", "", str(note)])
        guide.column_dimensions["B"].width = 30
        guide.column_dimensions["C"].width = 90
        for row in guide.iter_rows(min_row=2):
            row[2].alignment = Alignment(wrap_text=True, vertical="top")
        book.active = 0
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    # -- reading a filled list -----------------------------------------------------------------
    def load(self, uploaded) -> tablib.Dataset:
        """The list's sheet as a tablib dataset, formulas as the text typed."""
        check_xlsx(uploaded)
        try:
            book = load_workbook(uploaded, read_only=True, data_only=False)
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            raise SheetRefused(
                gettext("Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng.")
            ) from error
        dataset = tablib.Dataset()
        try:
            XLSXFormat.import_sheet(dataset, book.worksheets[0], headers=True)
        except tablib.InvalidDimensions as error:
            raise SheetRefused(
                gettext(
                    "Có dữ liệu ở cột không có tiêu đề, bên phải bảng: hãy xóa cột đó hoặc dùng đúng mẫu danh sách."
                )
            ) from error
        finally:
            book.close()
        return dataset

    def check_headers(self, headers: list) -> list[Column]:
        """The template's columns in the file's order; refuses missing and unknown ones."""
        expected = {fold(str(column.heading)).strip(): column for column in self.columns}
        found, unknown = [], []
        for heading in headers or []:
            text = cell_text(heading)
            if not text:
                found.append(None)
                continue
            column = expected.get(fold(" ".join(text.split())))
            if column is None:
                unknown.append(text)
            found.append(column)
        missing = [str(column.heading) for column in self.columns if column not in found]
        problems = []
        if missing:
            problems.append(
                gettext("thiếu cột %(columns)s") % {"columns": ", ".join(f"“{m}”" for m in missing)}
            )
        if unknown:
            problems.append(
                gettext("có cột không thuộc mẫu %(columns)s")
                % {"columns": ", ".join(f"“{u[:40]}”" for u in unknown[:10])}
            )
        if problems:
            raise SheetRefused(
                gettext("Tệp không đúng mẫu danh sách: %(problems)s. Hãy tải mẫu danh sách và điền vào đó.")
                % {"problems": "; ".join(problems)}
            )
        return found

    def read(self, uploaded, context: dict | None = None) -> SheetReading:
        dataset = self.load(uploaded)
        columns = self.check_headers(dataset.headers)
        if dataset.height > MAX_ROWS:
            raise SheetRefused(
                gettext("Tệp có %(rows)s dòng, quá %(limit)s dòng một lần nhập: hãy chia thành nhiều tệp.")
                % {"rows": dataset.height, "limit": MAX_ROWS}
            )
        unnamed = [index for index, column in enumerate(columns) if column is None]
        for index in unnamed:
            if any(cell_text(values[index]) for values in dataset if index < len(values)):
                raise SheetRefused(
                    gettext(
                        "Cột %(letter)s có dữ liệu nhưng không có tiêu đề: hãy xóa cột đó hoặc dùng đúng mẫu danh sách."
                    )
                    % {"letter": get_column_letter(index + 1)}
                )
        reading = SheetReading()
        letters = {column.key: get_column_letter(index) for index, column in enumerate(columns, 1) if column}
        reading.letters = letters
        filled = {column.key for column in self.columns if column.filled}
        headings = {column.key: str(column.heading) for column in self.columns}
        for offset, values in enumerate(dataset):
            row_number = offset + 2
            data = {
                column.key: value
                for column, value in zip(columns, values, strict=False)
                if column is not None
            }
            if all(cell_text(value) == "" for key, value in data.items() if key in filled):
                continue
            reading.total += 1
            form = self.row_form(data=self.prepare(data), context=context or {})
            if form.is_valid():
                reading.rows.append((row_number, form.cleaned_data))
                continue
            for key, messages in form.errors.items():
                for message in messages:
                    reading.errors.append(
                        RowError(
                            row=row_number,
                            column=letters.get(key, ""),
                            heading=headings.get(key, ""),
                            message=message,
                        )
                    )
        self.check_together(reading, context or {})
        reading.errors.sort(key=lambda error: (error.row, error.column))
        return reading

    def prepare(self, data: dict) -> dict:
        """Cell values as the row form reads them (dates stay dates)."""
        return {
            key: value if isinstance(value, (date, datetime)) else cell_text(value)
            for key, value in data.items()
        }

    def check_together(self, reading: SheetReading, context: dict) -> None:
        """Rules across rows (duplicates, quotas): move the rows they refuse to the errors."""

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)

    def refuse(self, reading: SheetReading, refused: dict[int, tuple[str, str]]) -> None:
        """Move rows to the errors: ``refused`` maps a row number to (column key or "", message)."""
        self.set_aside(reading, refused, reading.errors)

    def skip(self, reading: SheetReading, skipped: dict[int, tuple[str, str]]) -> None:
        """Leave out rows already recorded (not mistakes: a list imported twice saves nothing twice)."""
        self.set_aside(reading, skipped, reading.skipped)

    def set_aside(self, reading: SheetReading, rows: dict[int, tuple[str, str]], into: list) -> None:
        if not rows:
            return
        reading.rows = [(number, row) for number, row in reading.rows if number not in rows]
        for row_number, (key, message) in sorted(rows.items()):
            column = self.column(key) if key else None
            into.append(
                RowError(
                    row=row_number,
                    column=reading.letters.get(key, "") if column else "",
                    heading=str(column.heading) if column else "",
                    message=message,
                )
            )


class RowForm(forms.Form):
    """A row of a list: the sheet's context (campaign, unit, award types...) comes along."""

    def __init__(self, *args, context=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context or {}


class ChoiceByName(forms.CharField):
    """A value picked by its name, accents and case not mattering ("ca nhan" is "Cá nhân")."""

    def __init__(self, *args, options=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = options or {}

    def clean(self, value):
        value = super().clean(value)
        if value in ("", None):
            return None
        key = fold(" ".join(str(value).split()))
        options = self.options() if callable(self.options) else self.options
        for name, result in options.items():
            if fold(name) == key:
                return result
        raise ValidationError(
            _("“%(value)s” không có trong danh sách (%(choices)s)."),
            params={"value": str(value)[:60], "choices": "; ".join(options)},
            code="invalid_choice",
        )


def leading_zero(text: str, length: int) -> str:
    """An ID number or phone Excel turned into a number lost its leading 0: put it back.

    A CCCD has 12 digits and starts with 0 (the province's code), so 11 digits typed in a
    number cell are the CCCD without its 0; likewise a 9-digit mobile number.
    """
    return "0" + text if text.isdigit() and len(text) == length - 1 else text
