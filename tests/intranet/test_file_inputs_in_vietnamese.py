"""Every file input the project's forms draw says "Chọn tệp" and "Chưa chọn tệp".

The browser draws its own "Choose File" / "No file chosen" in the browser's language; the
project's widget templates (admin_vi, core/widgets/file_picker.html) put the input inside
a label that draws a Vietnamese button, with the chosen file's name beside it. A file
already sent reads "Hiện nay: <name>" and the button "Chọn tệp khác" (no Django "Sửa:");
a read-only form shows the file alone, or "Chưa có tệp", with nothing to click.
"""

from django import forms

from bs4 import BeautifulSoup

from tests.helpers import text_of


class SentFile:
    """A file already stored, as Django's widgets read it."""

    name = "nomination/06040/d5a7e1/to-trinh.pdf"
    url = "/tep-rieng/nomination/06040/d5a7e1/to-trinh.pdf"

    def __str__(self):
        return self.name


class LetterForm(forms.Form):
    letter = forms.FileField(label="Tờ trình", required=False)
    scan = forms.FileField(label="Bản quét", widget=forms.FileInput)


def drawn(form, name: str) -> BeautifulSoup:
    return BeautifulSoup(str(form[name]), "html.parser")


def test_an_empty_input_has_a_vietnamese_button_tied_to_it_and_says_no_file_yet():
    for name in ("letter", "scan"):  # Django's clearable input and its plain one
        html = drawn(LetterForm(), name)
        label = html.select_one("label.file-picker__choose")
        assert label is not None and label.select_one(f"input[type=file][name={name}]")
        assert text_of(label) == "Chọn tệp"
        assert text_of(html.select_one("[data-file-picker-name]")) == "Chưa chọn tệp"


def test_a_file_already_sent_is_named_and_replaced_with_another():
    html = drawn(LetterForm(initial={"letter": SentFile()}), "letter")
    assert text_of(html.select_one(".file-current")) == "Hiện nay: to-trinh.pdf"
    assert html.select_one("input[type=checkbox][name=letter-clear]") is not None
    assert text_of(html.select_one("label.file-picker__choose")) == "Chọn tệp khác"
    assert "Sửa:" not in text_of(html)


def test_a_read_only_form_shows_the_file_alone():
    form = LetterForm(initial={"letter": SentFile()})
    for field in form.fields.values():
        field.disabled = True
    sent = drawn(form, "letter")
    assert text_of(sent) == "Hiện nay: to-trinh.pdf", "no box to clear, no button to choose"
    assert sent.select_one("input[type=file]").has_attr("hidden")
    assert text_of(drawn(form, "scan")) == "Chưa có tệp"
