"""The admin crawler's wording check catches what an officer should never read."""

from types import SimpleNamespace

import pytest

from admin_vi.wording_check import wording_problems

MAI = SimpleNamespace(first_name="Hoàng Thị", last_name="Mai", get_full_name=lambda: "Hoàng Thị Mai")


def sidebar(name: str) -> str:
    return (
        '<script id="wagtail-sidebar-props" type="application/json">'
        '{"modules": [{"_type": "wagtail.sidebar.MainMenuModule", "_args": [[], [], '
        f'{{"name": "{name}", "avatarUrl": "/a.png"}}]}}]}}</script>'
    )


@pytest.mark.parametrize(
    "html, problem",
    [
        ("<p>Xin chào Hoàng Thị,</p>", "tên bị cắt"),
        (sidebar("Hoàng Thị"), "tên bị cắt trên thanh bên"),
        ("<select><option value=''>---------</option></select>", "lựa chọn trống"),
        ("<button>Gửi vào quy trình Quy trình xét khen thưởng</button>", "chữ lặp"),
        (
            "<p>Hiện nay: <a href='/tep-rieng/x'>nomination/06040/d5a7e1/proposal_letter.pdf</a></p>",
            "đường dẫn lưu trữ",
        ),
        ("<h2>Uỷ ban MTTQ Việt Nam tỉnh Lạng Sơn</h2>", "viết “Uỷ”"),
    ],
)
def test_each_kind_of_wrong_wording_is_reported(html, problem):
    found = wording_problems(html, MAI)
    assert any(line.startswith(problem) for line in found), found


def test_plain_wording_passes():
    html = (
        "<p>Xin chào Hoàng Thị Mai,</p>"
        + sidebar("Hoàng Thị Mai")
        + "<select><option value=''>Chọn đơn vị</option></select>"
        "<button>Gửi xét duyệt (Quy trình xét khen thưởng)</button>"
        "<p>Hiện nay: <a href='/tep-rieng/x'>proposal_letter.pdf</a>, hạn 12/08/2027, 1/2 chỉ tiêu</p>"
        "<h2>Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn</h2>"
        "<td>Đường bê tông nông thôn thôn Nà Pàn</td>"
    )
    assert wording_problems(html, MAI) == []
