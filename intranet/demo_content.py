"""Demo accounts, intranet texts and a current campaign's records, as data for ``load_demo``.

Illustrative content: units and their codes are real; people, villages, amounts and
comments are invented. Beneficiaries of houses are never named, as in the public demo
works. Dates are offsets in days from the current campaign's start, so the records stay
consistent with whatever day the demo was first loaded.

The current campaign runs after the reform of 1 July 2025, so its records and accounts
belong to today's communes and wards, directly under the province (codes "2025-" + the
official code, see ``campaigns.reference_data.current_code``), and to a residential
committee under one of them; the 2020 plan keeps its districts.
"""

from intranet.admin_branding import USER_GUIDE_SLUG
from intranet.roles import Role

DEMO_PASSWORD = "demo-2020-langson"  # noqa: S105 - a published demo login, for laptops only

# Unit codes: the province, and today's communes and wards (``vietnam-provinces``).
PROVINCE = "20"  # Tỉnh Lạng Sơn
THAT_KHE = "2025-06040"  # Xã Thất Khê
TRANG_DINH = "2025-06046"  # Xã Tràng Định
QUOC_KHANH = "2025-06016"  # Xã Quốc Khánh
BINH_GIA = "2025-06112"  # Xã Bình Gia
VAN_LANG = "2025-06154"  # Xã Văn Lãng
CAO_LOC = "2025-06193"  # Xã Cao Lộc
BAC_SON = "2025-06325"  # Xã Bắc Sơn
DONG_KINH = "2025-05977"  # Phường Đông Kinh
LUONG_VAN_TRI = "2025-05983"  # Phường Lương Văn Tri (Phường Chi Lăng before the reform)
THAT_KHE_QUARTER_2 = "2025-06040-K2"  # Ban công tác Mặt trận khu 2, xã Thất Khê (campaigns.demo_content)

# Django's get_full_name() is "first last"; Vietnamese names read family name first, so
# the family and middle names go in first_name and the given name in last_name.
# username, role, unit code, family + middle name, given name, position, phone
ACCOUNTS = [
    ("canbo.thatkhe", Role.OFFICER, THAT_KHE, "Nông Văn", "Hùng", "Phó Chủ tịch Ủy ban MTTQ xã", ""),
    ("canbo.trangdinh", Role.OFFICER, TRANG_DINH, "Hoàng Thị", "Thu", "Chuyên viên Ủy ban MTTQ xã", ""),
    ("canbo.binhgia", Role.OFFICER, BINH_GIA, "Lương Thị", "Hạnh", "Phó Chủ tịch Ủy ban MTTQ xã", ""),
    ("canbo.luongvantri", Role.OFFICER, LUONG_VAN_TRI, "Vi Thị", "Lan", "Chủ tịch Ủy ban MTTQ phường", ""),
    (
        "canbo.khu2.thatkhe",
        Role.OFFICER,
        THAT_KHE_QUARTER_2,
        "Hoàng Văn",
        "Dũng",
        "Trưởng Ban công tác Mặt trận khu 2",
        "",
    ),
    ("thuongtruc.thatkhe", Role.REVIEWER, THAT_KHE, "Lăng Văn", "Bình", "Chủ tịch Ủy ban MTTQ xã", ""),
    ("thuongtruc.trangdinh", Role.REVIEWER, TRANG_DINH, "Hoàng Văn", "Khánh", "Chủ tịch Ủy ban MTTQ xã", ""),
    ("thuongtruc.binhgia", Role.REVIEWER, BINH_GIA, "Hứa Thị", "Nga", "Chủ tịch Ủy ban MTTQ xã", ""),
    (
        "thuongtruc.luongvantri",
        Role.REVIEWER,
        LUONG_VAN_TRI,
        "Đinh Văn",
        "Long",
        "Phó Chủ tịch Thường trực Ủy ban MTTQ phường",
        "",
    ),
    (
        "truongban.khu2.thatkhe",
        Role.REVIEWER,
        THAT_KHE_QUARTER_2,
        "Lý Văn",
        "Toàn",
        "Trưởng Ban công tác Mặt trận khu 2",
        "",
    ),
    ("thuongtruc.tinh", Role.REVIEWER, PROVINCE, "Hà Minh", "Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh", ""),
    (
        "vanphong",
        Role.PROVINCE_OFFICE,
        PROVINCE,
        "Nguyễn Thị",
        "Hồng",
        "Chánh Văn phòng, Thường trực Ban Thi đua – Khen thưởng",
        "0205 3812 345",
    ),
    ("hoidong", Role.COUNCIL, PROVINCE, "Chu Văn", "Quân", "Ủy viên Hội đồng thi đua – khen thưởng", ""),
    # Three more members, so that a council session reaches its quorum (more than half).
    (
        "hoidong.chutich",
        Role.COUNCIL,
        PROVINCE,
        "Hoàng Văn",
        "Bình",
        "Chủ tịch Hội đồng thi đua – khen thưởng",
        "",
    ),
    (
        "hoidong.thuky",
        Role.COUNCIL,
        PROVINCE,
        "Lý Thị",
        "Ngọc",
        "Ủy viên, Thư ký Hội đồng thi đua – khen thưởng",
        "",
    ),
    (
        "hoidong.uyvien",
        Role.COUNCIL,
        PROVINCE,
        "Vy Văn",
        "Thắng",
        "Ủy viên Hội đồng thi đua – khen thưởng",
        "",
    ),
    ("bientap", Role.EDITOR, PROVINCE, "Lộc Thị", "Mai", "Biên tập viên Ban Tổ chức – Tuyên giáo", ""),
    ("lanhdao", Role.APPROVER, PROVINCE, "Triệu Văn", "Thành", "Trưởng Ban Tổ chức – Tuyên giáo", ""),
]

# -- the intranet pages ---------------------------------------------------------------
INTRANET = {
    "title": "Mạng nội bộ",
    "slug": "noi-bo",
    "intro": (
        "Trang làm việc của cán bộ Mặt trận các cấp: tiến độ thi đua của đơn vị, việc chờ xét "
        "duyệt, hướng dẫn và thông báo nội bộ."
    ),
}

GUIDANCE = {
    "title": "Hướng dẫn đăng ký thi đua và công trình",
    "slug": "huong-dan-dang-ky-thi-dua-va-cong-trinh",
    "summary": (
        "Các bước đăng ký thi đua, đăng ký công trình, phần việc và gửi báo cáo tổng kết "
        "trên cổng thông tin; ai xét duyệt và khi nào."
    ),
    "start_offset": 3,
}

# The guide the admin's help menu leads to (``intranet.admin_branding.USER_GUIDE_SLUG``):
# for each role, what to do on the portal. Sections: heading, steps, a closing note.
USER_GUIDE = {
    "title": "Hướng dẫn sử dụng cổng thi đua",
    "slug": USER_GUIDE_SLUG,
    "summary": (
        "Mỗi vai trò làm gì trên cổng thi đua: cán bộ đơn vị, Thường trực, Văn phòng, Hội đồng "
        "thi đua – khen thưởng, biên tập viên và Lãnh đạo Ban."
    ),
    "start_offset": 1,
}
USER_GUIDE_INTRO = (
    "Mỗi cán bộ đăng nhập bằng tài khoản riêng qua liên kết “Đăng nhập cán bộ” ở chân trang "
    "cổng thông tin. Sau khi đăng nhập, trang quản trị chỉ hiện những việc thuộc vai trò của mình. "
    "Mục “Trợ giúp” ở thanh bên trái luôn dẫn về trang hướng dẫn này."
)
USER_GUIDE_SECTIONS = [
    (
        "Cán bộ đơn vị",
        [
            "Mở “Thi đua của đơn vị” để đăng ký thi đua, đăng ký công trình, phần việc và gửi báo cáo "
            "tổng kết của đơn vị mình.",
            "Lưu bản nháp khi còn sửa; bấm gửi duyệt khi đã đủ nội dung và văn bản đính kèm.",
            "Bản bị trả lại hiện lý do và tên người trả lại ở đầu biểu mẫu và trên bảng theo dõi: sửa "
            "theo ý kiến rồi gửi lại.",
            "Lập hồ sơ đề nghị khen thưởng trong số lượng được phân bổ và trước thời hạn.",
        ],
        "Cán bộ chỉ thấy hồ sơ của đơn vị mình.",
    ),
    (
        "Thường trực đơn vị",
        [
            "Trang quản trị liệt kê những gì các đơn vị trực thuộc gửi lên đang chờ xét duyệt.",
            "Mở từng hồ sơ, đọc nội dung và văn bản đính kèm; chọn “Duyệt” hoặc “Trả lại để bổ sung” "
            "kèm lý do cụ thể.",
            "Ký xác nhận hồ sơ đề nghị khen thưởng của đơn vị mình trước khi gửi lên cấp trên.",
        ],
        "Thường trực thấy hồ sơ của đơn vị mình và mọi đơn vị trực thuộc.",
    ),
    (
        "Văn phòng, Ban Thi đua – Khen thưởng tỉnh",
        [
            "Theo dõi tiến độ đăng ký, báo cáo của mọi đơn vị; xuất danh sách khi cần.",
            "Kiểm tra hồ sơ đề nghị khen thưởng ở bước của Văn phòng; ghi nhận quyết định của cấp trên.",
            "Quản lý tài khoản, vai trò của cán bộ các đơn vị.",
        ],
        "",
    ),
    (
        "Hội đồng thi đua – khen thưởng",
        [
            "Xem xét các hồ sơ đề nghị khen thưởng đã qua Văn phòng kiểm tra, theo từng hình thức khen thưởng.",
            "Cho ý kiến hoặc trả lại hồ sơ kèm lý do.",
        ],
        "",
    ),
    (
        "Biên tập viên",
        [
            "Mở “Trang”, chọn mục “Tin tức” rồi bấm “Thêm trang con” để viết tin bài; lưu bản nháp khi "
            "còn sửa.",
            "Muốn tin tự đăng vào một giờ định trước, đặt “Thời điểm đăng” ở thẻ “Lịch đăng” trước khi gửi.",
            "Bấm “Gửi duyệt”: tin chuyển đến Lãnh đạo Ban. Trang quản trị liệt kê bản nháp, tin đang chờ "
            "duyệt và tin bị trả lại kèm lý do, tên người trả lại.",
            "Tin bị trả lại: sửa theo ý kiến rồi bấm “Gửi duyệt lại”.",
        ],
        "Biên tập viên không tự đăng tin lên cổng thông tin.",
    ),
    (
        "Lãnh đạo Ban",
        [
            "Trang quản trị liệt kê các tin bài, trang đang chờ duyệt.",
            "Mở tin, đọc bản xem trước; chọn “Duyệt và đăng” để đăng (hoặc đăng đúng giờ đã hẹn), hoặc "
            "“Trả lại kèm lý do” và ghi rõ cần sửa gì.",
        ],
        "Lý do trả lại được lưu trong lịch sử của tin bài.",
    ),
]
USER_GUIDE_HELP = (
    "Quên mật khẩu hoặc tài khoản chưa được gắn với đơn vị: liên hệ Văn phòng Ủy ban MTTQ Việt Nam "
    "tỉnh, điện thoại 0205 3812 345, trong giờ hành chính."
)

NEWS = {
    "title": "Thông báo lịch tổng kết",
    "slug": "thong-bao-lich-tong-ket",
    "summary": (
        "Lịch gửi báo cáo, hồ sơ đề nghị khen thưởng và hội nghị tổng kết đợt thi đua; "
        "các đơn vị chủ động chuẩn bị số liệu."
    ),
    "today_offset": -2,
}

# -- the current campaign's records --------------------------------------------------
# Registrations: unit code, review state (see ``campaigns.models.ReviewState``), submitted
# (days after the campaign's start, or None), works committed, commitments, the reason the
# unit above gave when it returned one.
REGISTRATIONS = [
    (
        TRANG_DINH,
        "accepted",
        6,
        18,
        "Phấn đấu 100% thôn có ít nhất 01 công trình, phần việc chào mừng; vận động nhân dân làm "
        "12 km đường bê tông nông thôn và xây dựng 20 nhà Đại đoàn kết cho hộ nghèo.",
        "Ban Thường trực Ủy ban MTTQ tỉnh nhất trí với nội dung đăng ký.",
    ),
    (
        THAT_KHE,
        "submitted",
        12,
        4,
        "Mỗi khu, thôn có 01 phần việc chào mừng; chỉnh trang tuyến phố văn minh khu 2 và sửa chữa "
        "nhà văn hóa khu 4.",
        "",
    ),
    (
        THAT_KHE_QUARTER_2,
        "submitted",
        10,
        1,
        "Chỉnh trang tuyến phố văn minh khu 2; vận động 100% hộ gia đình đăng ký gia đình văn hóa.",
        "",
    ),
    (
        BINH_GIA,
        "returned",
        9,
        10,
        "Xây dựng 10 nhà Đại đoàn kết; mỗi thôn 01 phần việc chào mừng.",
        "Đề nghị bổ sung chỉ tiêu cụ thể về vận động Quỹ “Vì người nghèo” và đính kèm văn bản "
        "đăng ký có chữ ký, đóng dấu của Ban Thường trực.",
    ),
    (
        LUONG_VAN_TRI,
        "draft",
        None,
        3,
        "Chỉnh trang 02 tuyến phố xanh – sạch – sáng; lắp camera an ninh tại khối 5.",
        "",
    ),
    (
        DONG_KINH,
        "submitted",
        15,
        14,
        "Mỗi khối phố có ít nhất 01 phần việc chào mừng; xây dựng 08 tuyến phố văn minh và hỗ trợ "
        "15 hộ nghèo sửa chữa nhà ở.",
        "",
    ),
    (
        CAO_LOC,
        "accepted",
        5,
        12,
        "Vận động xây dựng 12 nhà Đại đoàn kết; hoàn thành 5 km đường giao thông nông thôn.",
        "Nhất trí.",
    ),
    (
        VAN_LANG,
        "submitted",
        17,
        9,
        "Mỗi thôn 01 công trình chào mừng; hỗ trợ sinh kế cho 30 hộ nghèo vùng biên.",
        "",
    ),
    (
        BAC_SON,
        "draft",
        None,
        0,
        "Gắn đợt thi đua với xây dựng nông thôn mới; vận động nhân dân hiến đất làm đường.",
        "",
    ),
    (
        QUOC_KHANH,
        "submitted",
        14,
        2,
        "Làm cầu treo dân sinh bản Táo; xây dựng 02 nhà Đại đoàn kết cho hộ nghèo.",
        "",
    ),
]

# Reports: unit code, review state, submitted (days after start, or None), works completed,
# value, people's contribution, exemplars honored, summary.
REPORTS = [
    (
        TRANG_DINH,
        "draft",
        None,
        6,
        2_150_000_000,
        640_000_000,
        0,
        "Bản nháp tổng hợp kết quả giữa kỳ: 6 công trình, phần việc đã hoàn thành, các công trình "
        "còn lại đang triển khai theo tiến độ.",
    ),
    (
        THAT_KHE,
        "submitted",
        18,
        2,
        380_000_000,
        150_000_000,
        1,
        "Xã hoàn thành 02 phần việc chào mừng trước thời hạn; đề nghị Ban Thường trực Ủy ban MTTQ "
        "tỉnh xem xét, tổng hợp.",
    ),
    (
        DONG_KINH,
        "submitted",
        19,
        9,
        3_400_000_000,
        1_250_000_000,
        4,
        "Báo cáo sơ kết giai đoạn I của phường, gửi sớm để Ban Thường trực tỉnh theo dõi tiến độ.",
    ),
]

# Works: slug, title, unit code, category, status, published, place, value, contribution
# (text, đồng), started / accepted / plaque (days after start, or None), summary.
W = dict
WORKS = [
    # Xã Tràng Định
    W(
        slug="hh-duong-be-tong-thon-pac-khoang-trang-dinh",
        title="Đường bê tông thôn Pác Khoang, xã Tràng Định",
        unit=TRANG_DINH,
        category="roads",
        status="in_progress",
        published=False,
        place="Thôn Pác Khoang, xã Tràng Định",
        value=1_450_000_000,
        contribution=("Nhân dân hiến 1.600 m² đất và góp 700 ngày công.", 210_000_000),
        started=4,
        accepted=None,
        plaque=None,
        summary="Tuyến đường bê tông dài 1,5 km nối thôn Pác Khoang với đường tỉnh 226.",
    ),
    W(
        slug="hh-sua-chua-nha-van-hoa-thon-na-nua",
        title="Sửa chữa nhà văn hóa thôn Nà Nưa, xã Tràng Định",
        unit=TRANG_DINH,
        category="culture",
        status="registered",
        published=False,
        place="Thôn Nà Nưa, xã Tràng Định",
        value=240_000_000,
        contribution=("Nhân dân góp 300 ngày công và 30 triệu đồng.", 60_000_000),
        started=None,
        accepted=None,
        plaque=None,
        summary="Thay mái, lát nền và làm lại sân nhà văn hóa thôn đã xuống cấp.",
    ),
    # Xã Quốc Khánh
    W(
        slug="hh-nha-dai-doan-ket-xa-quoc-khanh",
        title="Nhà Đại đoàn kết cho hộ nghèo xã Quốc Khánh",
        unit=QUOC_KHANH,
        category="housing",
        status="accepted",
        published=False,
        place="Xã Quốc Khánh",
        value=120_000_000,
        contribution=("Anh em, dòng họ và bà con trong thôn góp 150 ngày công.", 30_000_000),
        started=2,
        accepted=15,
        plaque=None,
        summary="Ngôi nhà cấp bốn 60 m² bàn giao cho một hộ nghèo, kinh phí từ Quỹ “Vì người nghèo” của xã.",
    ),
    W(
        slug="hh-cau-treo-ban-tao-quoc-khanh",
        title="Cầu treo dân sinh bản Táo, xã Quốc Khánh",
        unit=QUOC_KHANH,
        category="roads",
        status="accepted",
        published=True,
        place="Bản Táo, xã Quốc Khánh",
        value=960_000_000,
        contribution=("Nhân dân góp 420 ngày công vận chuyển vật liệu.", 85_000_000),
        started=1,
        accepted=14,
        plaque=None,
        summary="Cầu treo dài 48 m giúp học sinh và bà con bản Táo qua suối an toàn trong mùa mưa lũ.",
    ),
    # Xã Thất Khê and its quarter 2
    W(
        slug="hh-tuyen-duong-hoa-khu-3-that-khe",
        title="Tuyến đường hoa khu 3, xã Thất Khê",
        unit=THAT_KHE,
        category="environment",
        status="plaque_mounted",
        published=True,
        place="Khu 3, xã Thất Khê",
        value=180_000_000,
        contribution=("Các hộ góp 90 triệu đồng và trồng, chăm sóc 1.200 cây hoa.", 90_000_000),
        started=1,
        accepted=12,
        plaque=17,
        summary="Tuyến đường hoa dài 700 m do đoàn viên, hội viên và nhân dân khu 3 cùng làm.",
    ),
    W(
        slug="hh-chinh-trang-pho-van-minh-khu-2-that-khe",
        title="Chỉnh trang tuyến phố văn minh khu 2, xã Thất Khê",
        unit=THAT_KHE_QUARTER_2,
        category="environment",
        status="in_progress",
        published=False,
        place="Khu 2, xã Thất Khê",
        value=210_000_000,
        contribution=("Các hộ kinh doanh góp 120 triệu đồng lắp đèn chiếu sáng.", 120_000_000),
        started=5,
        accepted=None,
        plaque=None,
        summary="Lát lại hè phố, lắp đèn chiếu sáng và biển tuyến phố văn minh dài 500 m.",
    ),
    W(
        slug="hh-sua-chua-nha-van-hoa-khu-4-that-khe",
        title="Sửa chữa nhà văn hóa khu 4, xã Thất Khê",
        unit=THAT_KHE,
        category="culture",
        status="registered",
        published=False,
        place="Khu 4, xã Thất Khê",
        value=150_000_000,
        contribution=("Nhân dân góp 200 ngày công.", 40_000_000),
        started=None,
        accepted=None,
        plaque=None,
        summary="Sơn sửa, thay cửa và mua sắm bàn ghế cho nhà văn hóa khu 4.",
    ),
    W(
        slug="hh-camera-an-ninh-khu-1-that-khe",
        title="Camera an ninh khu 1, xã Thất Khê",
        unit=THAT_KHE,
        category="other",
        status="accepted",
        published=False,
        place="Khu 1, xã Thất Khê",
        value=64_000_000,
        contribution=("Các hộ dân góp toàn bộ kinh phí.", 64_000_000),
        started=3,
        accepted=16,
        plaque=None,
        summary="Tám mắt camera giám sát các ngõ và khu chợ, kết nối về công an xã.",
    ),
    # Xã Bình Gia
    W(
        slug="hh-nha-dai-doan-ket-binh-gia",
        title="Nhà Đại đoàn kết cho hộ nghèo xã Bình Gia",
        unit=BINH_GIA,
        category="housing",
        status="in_progress",
        published=False,
        place="Xã Bình Gia",
        value=110_000_000,
        contribution=("Bà con trong thôn góp 180 ngày công.", 36_000_000),
        started=6,
        accepted=None,
        plaque=None,
        summary="Ngôi nhà 55 m² cho một hộ nghèo, dự kiến bàn giao trong tháng tới.",
    ),
    W(
        slug="hh-mo-hinh-nuoi-de-binh-gia",
        title="Mô hình nuôi dê sinh sản, xã Bình Gia",
        unit=BINH_GIA,
        category="livelihood",
        status="accepted",
        published=True,
        place="Xã Bình Gia",
        value=300_000_000,
        contribution=("Các hộ tham gia góp chuồng trại và công chăm sóc.", 75_000_000),
        started=1,
        accepted=13,
        plaque=None,
        summary="Hỗ trợ 15 hộ nghèo mỗi hộ 02 con dê giống, Mặt trận xã theo dõi, hướng dẫn kỹ thuật.",
    ),
    # Phường Lương Văn Tri
    W(
        slug="hh-tuyen-pho-xanh-sach-sang-khoi-5-luong-van-tri",
        title="Tuyến phố xanh – sạch – sáng khối 5, phường Lương Văn Tri",
        unit=LUONG_VAN_TRI,
        category="environment",
        status="registered",
        published=False,
        place="Khối 5, phường Lương Văn Tri",
        value=260_000_000,
        contribution=("Các hộ góp 110 triệu đồng lắp đèn và trồng cây.", 110_000_000),
        started=None,
        accepted=None,
        plaque=None,
        summary="Chỉnh trang 600 m hè phố, lắp đèn chiếu sáng và trồng cây xanh.",
    ),
    W(
        slug="hh-tu-sach-khoi-2-luong-van-tri",
        title="Tủ sách cộng đồng khối 2, phường Lương Văn Tri",
        unit=LUONG_VAN_TRI,
        category="culture",
        status="accepted",
        published=False,
        place="Nhà văn hóa khối 2, phường Lương Văn Tri",
        value=35_000_000,
        contribution=("Nhân dân tặng 1.100 đầu sách và giá sách.", 35_000_000),
        started=2,
        accepted=16,
        plaque=None,
        summary="Tủ sách mở cửa các buổi tối và cuối tuần cho thiếu nhi và người cao tuổi trong khối.",
    ),
]

WORK_IMAGE_STYLES = {
    "roads": ("road", "green"),
    "housing": ("house", "gold"),
    "culture": ("culture", "red"),
    "environment": ("field", "teal"),
    "livelihood": ("field", "earth"),
    "other": ("people", "blue"),
}

# -- award nominations ------------------------------------------------------------------
# One nomination per state of the workflow "Quy trình xét khen thưởng", for several units
# and award types. ``steps`` are what happens after the officer submits, in order:
# (username, "approve" | "reject", comment), or ``COUNCIL_BALLOT``: the council's session
# passes it by secret ballot, every council account voting. ``state`` says where that leaves it:
#   draft: not submitted; review: waiting at a step (``comment_period="ended"``: at the
#   council's step, its public comment period over, so on the council session's agenda); returned: sent back to the officer;
#   submitted: sent up to the outside body that decides; decided: the deciding board
#   recorded its decision (``decision``: number, days after the start, signer), which
#   published the exemplar. Names, dates of birth and ID numbers are invented.
# Each goes through its award type's chain (``nominations.seed``): the proposing unit's
# board signs off; for a commune the unit above is the province committee (skipped), for
# the residential committee it is its commune's board; then the office, the council and
# the provincial standing board, which decides or submits upwards.
# There is no district since 1 July 2025, so no district commendation certificate.
COUNCIL_BALLOT = ("hoidong.chutich", "ballot", "")
PEOPLES_COMMITTEE = "bang-khen-ubnd-tinh"
PROVINCE_FRONT = "bang-khen-ubmttq-tinh"
CENTRAL_FRONT = "bang-khen-ubtw-mttq"
N = dict
NOMINATIONS = [
    N(
        name="Hoàng Văn Sơn",
        kind="individual",
        unit=THAT_KHE,
        award=PROVINCE_FRONT,
        officer="canbo.thatkhe",
        state="draft",
        steps=[],
        position="Trưởng ban công tác Mặt trận khu 3, xã Thất Khê",
        gender="male",
        birth_date="1968-04-02",
        ethnicity="Tày",
        id_number="020068004521",
        consent=False,
        files=("proposal_letter", "achievement_report"),
        achievements="Vận động 38 hộ góp 240 ngày công sửa nhà văn hóa khu; chưa kèm biên bản họp xét.",
    ),
    N(
        name="Nông Thị Mai",
        kind="individual",
        unit=THAT_KHE_QUARTER_2,
        award=PROVINCE_FRONT,
        officer="canbo.khu2.thatkhe",
        state="review",
        steps=[("truongban.khu2.thatkhe", "approve", "")],
        position="Chi hội trưởng Chi hội Phụ nữ khu 2",
        gender="female",
        birth_date="1979-09-15",
        ethnicity="Nùng",
        id_number="020179006632",
        consent=False,
        achievements="Tổ chức quyên góp Quỹ “Vì người nghèo” được 46 triệu đồng; vận động 12 hộ thoát nghèo.",
    ),
    N(
        name="Ban công tác Mặt trận khu 2, xã Thất Khê",
        kind="collective",
        unit=THAT_KHE_QUARTER_2,
        award=PEOPLES_COMMITTEE,
        officer="canbo.khu2.thatkhe",
        state="returned",
        steps=[
            ("truongban.khu2.thatkhe", "approve", ""),
            (
                "thuongtruc.thatkhe",
                "reject",
                "Đề nghị bổ sung số liệu công trình và biên bản họp xét có chữ ký của các thành viên.",
            ),
        ],
        achievements="Hoàn thành 02 công trình chào mừng; 100% hộ gia đình đạt danh hiệu gia đình văn hóa.",
    ),
    N(
        name="Lăng Thị Thảo",
        kind="individual",
        unit=TRANG_DINH,
        award=PEOPLES_COMMITTEE,
        officer="canbo.trangdinh",
        state="review",
        steps=[],
        position="Phó Chủ tịch Ủy ban MTTQ xã Tràng Định",
        gender="female",
        birth_date="1975-01-20",
        ethnicity="Tày",
        id_number="020175001178",
        consent=False,
        achievements="Chỉ đạo xây dựng 35 nhà Đại đoàn kết; tham mưu tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư.",
    ),
    N(
        name="Ủy ban MTTQ Việt Nam xã Bình Gia",
        kind="collective",
        unit=BINH_GIA,
        award=PROVINCE_FRONT,
        officer="canbo.binhgia",
        state="review",
        comment_period="ended",
        steps=[("thuongtruc.binhgia", "approve", ""), ("vanphong", "approve", "")],
        achievements="Dẫn đầu các xã về vận động Quỹ “Vì người nghèo”; 28 công trình chào mừng được nghiệm thu.",
    ),
    N(
        name="Hà Văn Quyết",
        kind="individual",
        unit=BINH_GIA,
        award=PEOPLES_COMMITTEE,
        officer="canbo.binhgia",
        state="submitted",
        steps=[
            ("thuongtruc.binhgia", "approve", ""),
            ("vanphong", "approve", ""),
            COUNCIL_BALLOT,
            ("thuongtruc.tinh", "approve", "Tờ trình số 87/TTr-MTTQ-BTT gửi UBND tỉnh."),
        ],
        position="Trưởng ban công tác Mặt trận thôn Nà Lầu, xã Bình Gia",
        gender="male",
        birth_date="1970-06-30",
        ethnicity="Tày",
        id_number="020070002019",
        consent=False,
        achievements="Vận động nhân dân hiến 3.200 m² đất mở rộng đường liên thôn; hòa giải thành 14 vụ việc.",
    ),
    N(
        name="Vy Thị Hằng",
        kind="individual",
        unit=TRANG_DINH,
        award=PROVINCE_FRONT,
        officer="canbo.trangdinh",
        state="decided",
        steps=[
            ("thuongtruc.trangdinh", "approve", ""),
            ("vanphong", "approve", ""),
            COUNCIL_BALLOT,
        ],
        position="Chủ tịch Ủy ban MTTQ xã Tràng Định",
        gender="female",
        birth_date="1983-11-08",
        ethnicity="Nùng",
        id_number="020183007745",
        consent=True,
        decision=("455/QĐ-MTTQ-BTT", 6, "Nông Lương Chấn"),
        achievements="Tham mưu triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; "
        "xây dựng mô hình “Khu dân cư tự quản” ở 12 thôn.",
    ),
    # Posted for public comment today (nominations.demo): the public page lists it.
    N(
        name="Ủy ban MTTQ Việt Nam phường Lương Văn Tri",
        kind="collective",
        unit=LUONG_VAN_TRI,
        award=PEOPLES_COMMITTEE,
        officer="canbo.luongvantri",
        state="review",
        steps=[("thuongtruc.luongvantri", "approve", ""), ("vanphong", "approve", "")],
        achievements="Vận động nhân dân đóng góp 1,2 tỉ đồng lát vỉa hè, trồng cây xanh; 100% tổ dân phố "
        "đạt danh hiệu tổ dân phố văn hóa.",
    ),
    N(
        name="Chu Văn Tùng",
        kind="individual",
        unit=LUONG_VAN_TRI,
        award=CENTRAL_FRONT,
        officer="canbo.luongvantri",
        state="review",
        steps=[],
        position="Phó Chủ tịch Ủy ban MTTQ phường Lương Văn Tri",
        gender="male",
        birth_date="1990-03-12",
        ethnicity="Kinh",
        id_number="020090003316",
        consent=False,
        achievements="Hoàn thành xuất sắc công tác Mặt trận; số hóa toàn bộ hồ sơ thi đua của phường.",
    ),
]
