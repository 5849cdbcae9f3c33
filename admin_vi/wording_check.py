"""Find wording an officer should never read on an admin screen, in any language.

``wording_problems(html, user)`` lists, in Vietnamese, what ``english_check`` cannot see
because it is not English:

- a person's name cut to the family and middle name ("Xin chào Hoàng Thị," for Hoàng Thị
  Mai; the sidebar's account name): Django's "short name" is ``first_name``, which holds
  the family and middle names in this project (Vietnamese order, see
  ``intranet/demo_content.py``);
- Django's empty choice "---------" instead of "Chọn …";
- a phrase written twice in a row ("quy trình Quy trình"), as when a translation
  repeats the name it is given;
- the storage path of an uploaded file ("nomination/06040/d5a7…/proposal_letter.pdf")
  where a person expects the file's name;
- "Uỷ" (old tone placement) instead of the one spelling "Ủy".
"""

from __future__ import annotations

import json
import re
import unicodedata

from bs4 import BeautifulSoup

from .english_check import visible_texts

EMPTY_CHOICE = re.compile(r"-{3,}")
GREETING = re.compile(r"Xin chào\s+([^,.!]+)")
# Two or three words followed by the same words in any case. A single word doubled is
# often right ("đường nông thôn thôn Nà Pàn": a rural road of Nà Pàn hamlet).
DOUBLED = re.compile(r"(?<!\w)([^\W\d_]+(?:\s+[^\W\d_]+){1,2})\s+(\1)(?!\w)", re.IGNORECASE)
# Folders and a file name with an extension, as a storage backend names a file.
STORAGE_PATH = re.compile(r"(?<![\w/:.])(?:[\w.-]+/)+[\w.-]+\.[A-Za-z0-9]{2,5}(?![\w/])")
OLD_UY = re.compile(r"(?<!\w)[Uu]ỷ(?!\w)")


def wording_problems(html: str | bytes, user=None) -> list[str]:
    """What reads wrong on the page, one line per problem, in page order."""
    found: list[str] = []

    def add(problem: str) -> None:
        if problem not in found:
            found.append(problem)

    full_name = _full_name(user)
    cut_name = (user.first_name or "").strip() if full_name else ""
    for text in visible_texts(html):
        text = unicodedata.normalize("NFC", text)
        if EMPTY_CHOICE.fullmatch(text):
            add(f"lựa chọn trống “{text}” (viết “Chọn …”)")
        for match in DOUBLED.finditer(text):
            if match.group(1) and _is_repeat(match.group(1), match.group(2)):
                add(f"chữ lặp: “{match.group(0)}”")
        for match in STORAGE_PATH.finditer(text):
            add(f"đường dẫn lưu trữ thay cho tên tệp: “{match.group(0)}”")
        if OLD_UY.search(text):
            add(f"viết “Uỷ” (thống nhất viết “Ủy”): “{text[:80]}”")
        if full_name:
            for match in GREETING.finditer(text):
                if match.group(1).strip() != full_name:
                    add(f"tên bị cắt: “{match.group(0)}” (đủ họ tên: {full_name})")
            if text == cut_name:
                add(f"tên bị cắt: “{text}” (đủ họ tên: {full_name})")
    if full_name:
        for name in _sidebar_account_names(html):
            if name != full_name:
                add(f"tên bị cắt trên thanh bên: “{name}” (đủ họ tên: {full_name})")
    return found


def _is_repeat(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def _full_name(user) -> str:
    """The user's full name when it has a family and a given part that can be cut."""
    if user is None or not (getattr(user, "first_name", "") and getattr(user, "last_name", "")):
        return ""
    return unicodedata.normalize("NFC", user.get_full_name().strip())


def _sidebar_account_names(html: str | bytes) -> list[str]:
    """The name the sidebar's account menu shows (it is drawn by a script from JSON)."""
    soup = BeautifulSoup(html, "html.parser")
    names = []
    for script in soup.find_all("script", id="wagtail-sidebar-props"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if "avatarUrl" in item and isinstance(item.get("name"), str):
                    names.append(unicodedata.normalize("NFC", item["name"]))
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return names
