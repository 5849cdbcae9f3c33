"""The facts of the 2020 plan of the Standing Board of the VFF Committee of Lạng Sơn.

The plan ("Kế hoạch tổ chức đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng
bộ các cấp, Đại hội thi đua yêu nước và kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ
quốc Việt Nam") is the source document of the portal. Its facts live here as Python data,
not parsed from the text at run time, so that the demo command and the tests share one
reviewed copy that does not depend on a file outside the repository.

Texts are the plan's own words. Whitespace was normalised (double spaces, a missing
space before an opening quote); spelling was left as in the original (the typo "sản
phầm" in phase II: this is a quotation), except that the original's mix of "Uỷ" and
"Ủy" is written "Ủy" throughout, the one spelling the portal uses everywhere. All
text is in NFC; the source file stores some lines (the recipients) decomposed (NFD), so
compare with ``unicodedata.normalize("NFC", ...)``.

Unit codes refer to ``campaigns/data/lang-son-units-2025-03.csv``: "20" is the province
(whose row stands for the province committee's own agency in quotas) and the district
codes are the 11 district-level units.
"""

from datetime import date

SLUG = "ke-hoach-thi-dua-2020"

FULL_TITLE = (
    "Kế hoạch tổ chức đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, "
    "Đại hội thi đua yêu nước và kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
    "(18/11/1930 - 18/11/2020)"
)
# The page title is what menus, cards and the browser tab show: the plan's full title is
# too long for them, so it is kept whole as the SEO title and in ``occasion``.
TITLE = "Đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ các cấp và 90 năm Ngày truyền thống MTTQ Việt Nam"
# Menus and breadcrumbs show the short title (``CampaignPage.short_title``).
SHORT_TITLE = "Đợt thi đua đặc biệt 2020"
SHORT_TITLE_EN = "Special campaign 2020"
TITLE_EN = (
    "Special emulation campaign greeting the Party congresses and the 90th anniversary "
    "of the Vietnam Fatherland Front"
)

ISSUING_BODY = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
# The plan as published carries neither a number nor a date of issue.
DOCUMENT_NUMBER = ""
ISSUED_ON = None

OCCASION = (
    "Đại hội Đảng bộ các cấp, Đại hội thi đua yêu nước và kỷ niệm 90 năm Ngày truyền thống "
    "Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020)"
)

PREAMBLE = (
    "Hưởng ứng phát động Đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, "
    "Đại hội thi đua yêu nước toàn quốc lần thứ X và các ngày lễ lớn trong năm 2020. Ban Thường "
    "trực Ủy ban MTTQ Việt Nam tỉnh xây dựng kế hoạch tổ chức đợt thi đua đặc biệt lập thành tích "
    "chào mừng Đại hội Đảng bộ các cấp, Đại hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V tiến tới "
    "Đại hội thi đua yêu nước toàn quốc lần thứ X và kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ "
    "quốc Việt Nam (18/11/1930 - 18/11/2020) trong hệ thống MTTQ Việt Nam các cấp với nội dung "
    "như sau:"
)

# I. Mục đích, yêu cầu
PURPOSE = (
    "Tuyên truyền, vận động các tầng lớp nhân dân tích cực tham gia thực hiện các phong trào thi "
    "đua yêu nước, các cuộc vận động do MTTQ chủ trì, thi đua lập thành tích chào mừng Đại hội "
    "Đảng bộ các cấp, Đại hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V tiến tới Đại hội thi đua "
    "yêu nước toàn quốc lần thứ X và kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
    "(18/11/1930 - 18/11/2020); Tăng cường củng cố phát huy sức mạnh khối đại đoàn kết toàn dân, "
    "thi đua lao động sáng tạo, nâng cao đời sống vật chất và tinh thần, tạo khí thế thi đua sôi "
    "nổi trong hệ thống Mặt trận nhằm huy động sức mạnh tổng hợp, sự tham gia của cán bộ, công "
    "chức trong hệ thống MTTQ Việt Nam các cấp, Ban Công tác Mặt trận tích cực thi đua, chung sức, "
    "đồng lòng hoàn thành các nhiệm vụ chính trị được giao góp phần thực hiện thắng lợi các nhiệm "
    "vụ, mục tiêu phát triển kinh tế - xã hội, quốc phòng - an ninh của tỉnh năm 2020."
)
REQUIREMENTS = (
    "Tổ chức phát động đợt thi đua với khí thế sôi nổi, quyết tâm cao, triển khai sâu rộng, "
    "thiết thực, hiệu quả, tiết kiệm, tránh phô trương, hình thức. Kết quả phong trào thi đua thể "
    "hiện bằng các công trình, sản phẩm, phần việc cụ thể, có ý nghĩa chính trị, xã hội, phù hợp "
    "với tình hình của địa phương."
)

# II. Thời gian, chủ đề thi đua
START_DATE = date(2020, 2, 1)
END_DATE = date(2020, 11, 18)
PERIOD_TEXT = "Từ tháng 02/2020 đến hết ngày 18/11/2020."
THEME = (
    "Cán bộ Mặt trận Đoàn kết, Dân chủ, Năng động, Sáng tạo quyết tâm thi đua lập thành tích "
    "xuất sắc chào mừng Đại hội Đảng bộ các cấp, Đại hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V "
    "tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X và kỷ niệm 90 năm Ngày truyền thống "
    "Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020)."
)
THEME_SHORT = "Cán bộ Mặt trận Đoàn kết, Dân chủ, Năng động, Sáng tạo"

# III. Nội dung thi đua
CONTENTS = [
    "Đẩy mạnh các hoạt động tuyên truyền đến các đoàn viên, hội viên và các tầng lớp nhân dân về "
    "các sự kiện chính trị quan trọng của đất nước và của tỉnh trong năm 2020. Tiếp tục quán triệt "
    "tư tưởng Chủ tịch Hồ Chí Minh về thi đua ái quốc và Chỉ thị số 34-CT/TW ngày 07/4/2014 của "
    "Bộ Chính trị, Chỉ thị số 30-CT/TU ngày 18/11/2014 của Ban Thường vụ Tỉnh ủy về tiếp tục đổi "
    "mới công tác thi đua, khen thưởng, thực hiện có hiệu quả các quy định của pháp luật về công "
    "tác thi đua khen thưởng.",
    "Tập trung đẩy mạnh các phong trào thi đua và nâng cao chất lượng công tác khen thưởng, tạo "
    "sự chuyển biến mạnh mẽ về nhận thức, tư tưởng và trách nhiệm đối với công tác thi đua khen "
    "thưởng trong toàn xã hội. Thực hiện tốt 5 chương trình phối hợp, thống nhất hành động năm "
    "2020 với nội dung trọng tâm là: tuyên truyền, vận động, tập hợp các tầng lớp nhân dân; củng "
    "cố, tăng cường, phát huy sức mạnh đại đoàn kết toàn dân tộc xây dựng và bảo vệ Tổ quốc Việt "
    "Nam xã hội chủ nghĩa; vận động nhân dân thi đua lao động sáng tạo, thực hiện thắng lợi các "
    "mục tiêu phát triển kinh tế, văn hóa, xã hội, giữ vững quốc phòng, an ninh của đất nước; thực "
    "hiện dân chủ, đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của nhân dân; giám sát "
    "và phản biện xã hội, phòng, chống tham nhũng, lãng phí, tham gia xây dựng Đảng, chính quyền "
    "trong sạch vững mạnh; tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại nhân dân; "
    "tăng cường củng cố tổ chức, đổi mới nội dung, phương thức, nâng cao hiệu quả hoạt động của "
    "MTTQ Việt Nam, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới.",
    "Thực hiện có hiệu quả các phong trào thi đua, các cuộc vận động do Mặt trận phát động cụ "
    "thể: Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong "
    "trào Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới; Cuộc vận động “Người Việt Nam "
    "ưu tiên dùng hàng Việt Nam”; Công tác xây dựng “Quỹ vì người nghèo” gắn với phong trào Lạng "
    "Sơn cùng cả nước chung tay vì người nghèo – không để ai bị bỏ lại phía sau; Phong trào Đoàn "
    "kết sáng tạo; phong trào “Cán bộ, công chức, viên chức tỉnh Lạng Sơn thi đua thực hiện văn "
    "hóa công sở”.",
]

# IV.1.a Đối tượng khen thưởng (the original has no final full stop)
AWARD_SUBJECTS = (
    "Là các tập thể, cá nhân thuộc Ủy ban MTTQ Việt Nam các cấp, Ban công tác Mặt trận có thành "
    "tích xuất sắc trong đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng các cấp, Đại "
    "hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V tiến tới Đại hội thi đua yêu nước toàn quốc lần "
    "thứ X và 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020)"
)

# Unit levels. Ranks: a smaller number is a higher level. The plan's award of the Central
# Committee is issued above the province, hence "central" (no unit of that level is needed).
UNIT_LEVELS = [
    # code, name, name_en, rank
    ("central", "Trung ương", "Central", 0),
    ("province", "Tỉnh", "Province", 1),
    ("department", "Ban, văn phòng cơ quan tỉnh", "Provincial committee department", 2),
    ("district", "Huyện, thành phố", "District, city", 2),
    ("commune", "Xã, phường, thị trấn", "Commune, ward, town", 3),
    ("residential", "Ban công tác Mặt trận khu dân cư", "Residential Front work committee", 4),
]

# IV.1.b Hình thức khen thưởng, in the plan's order.
AWARD_TYPES = [
    {
        "slug": "bang-khen-ubtw-mttq",
        "name": "Bằng khen của Ủy ban Trung ương MTTQ Việt Nam",
        "name_en": "Certificate of Merit of the Central Committee of the Vietnam Fatherland Front",
        "short_name": "Bằng khen UBTW MTTQ Việt Nam",
        "short_name_en": "Central VFF Certificate of Merit",
        "issuer": "Ủy ban Trung ương MTTQ Việt Nam",
        "issuing_level": "central",
        # The Central Committee decides; in this portal a nomination for it goes up to the
        # province, whose council forwards it. The plan's quotas follow in a later guidance.
        "deciding_level": "central",
        "sort_order": 1,
        "note": "Có văn bản hướng dẫn sau.",
    },
    {
        "slug": "bang-khen-ubnd-tinh",
        "name": "Bằng khen của Ủy ban nhân dân tỉnh Lạng Sơn",
        "name_en": "Certificate of Merit of the People's Committee of Lạng Sơn Province",
        "short_name": "Bằng khen UBND tỉnh",
        "short_name_en": "Provincial People's Committee Certificate of Merit",
        "issuer": "Ủy ban nhân dân tỉnh Lạng Sơn",
        "issuing_level": "province",
        "deciding_level": "province",
        "sort_order": 2,
        "note": "Các huyện, thành phố: yêu cầu thành tích đạt được phải tiêu biểu.",
    },
    {
        "slug": "bang-khen-ubmttq-tinh",
        "name": "Bằng khen của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "name_en": "Certificate of Merit of the Vietnam Fatherland Front Committee of Lạng Sơn Province",
        "short_name": "Bằng khen UB MTTQ tỉnh",
        "short_name_en": "Provincial VFF Certificate of Merit",
        "issuer": "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "issuing_level": "province",
        "deciding_level": "province",
        "sort_order": 3,
        "note": "",
    },
    {
        "slug": "giay-khen-ubmttq-huyen",
        "name": "Giấy khen của Ủy ban MTTQ Việt Nam cấp huyện",
        "name_en": "Commendation Certificate of a District Vietnam Fatherland Front Committee",
        "short_name": "Giấy khen UB MTTQ cấp huyện",
        "short_name_en": "District VFF Commendation Certificate",
        "issuer": "Ủy ban MTTQ Việt Nam cấp huyện",
        "issuing_level": "district",
        "deciding_level": "district",
        "sort_order": 4,
        # IV.2.2.d: the district decides its own numbers.
        "note": (
            "Xem xét, khen thưởng cho các tập thể và cá nhân thuộc cơ quan Ủy ban MTTQ cấp huyện "
            "và Ủy ban MTTQ Việt Nam cấp xã (P,TT) và Ban công tác Mặt trận ở Khu dân cư theo tiêu "
            "chuẩn và số lượng do Ban Thường trực Ủy ban MTTQ Việt Nam cấp huyện quy định."
        ),
    },
]

# IV.2.1 Tiêu chuẩn: (target group, nominee kind, paragraphs or bullet items, is_list)
CRITERIA = [
    (
        "Các phòng, ban chuyên môn Ủy ban MTTQ tỉnh",
        "collective",
        [
            "Sáng tạo, đổi mới và có thành tích tiêu biểu trong triển khai thực hiện nhiệm vụ công "
            "tác Mặt trận năm 2020 và các nội dung thi đua do Ban Thường trực Ủy ban MTTQ Việt Nam "
            "tỉnh phát động."
        ],
        False,
    ),
    (
        "Ủy ban MTTQ Việt Nam các huyện, thành phố",
        "collective",
        [
            "Tổ chức phát động thi đua và ban hành văn bản hướng dẫn cấp xã triển khai thực hiện "
            "đợt thi đua.",
            "Hoàn thành tốt nhiệm vụ công tác Mặt trận năm 2020 và các nội dung thi đua do Ban "
            "Thường trực Ủy ban MTTQ Việt Nam tỉnh phát động; có nhiều công trình, phần việc cụ thể "
            "thiết thực chào mừng Đại hội Đảng, Đại hội thi đua yêu nước, chào mừng kỷ niệm 90 năm "
            "Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020).",
            "Có văn bản đăng ký thi đua với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đúng thời hạn "
            "quy định.",
            "Tổ chức tổng kết đánh giá việc thực hiện đợt thi đua và báo cáo gửi về Ban Thường trực "
            "Ủy ban MTTQ Việt Nam tỉnh.",
        ],
        True,
    ),
    (
        "Ủy ban MTTQ Việt Nam các xã, phường, thị trấn",
        "collective",
        [
            "Tổ chức phát động thi đua và ban hành văn bản hướng dẫn Ban công tác Mặt trận triển "
            "khai thực hiện đợt thi đua.",
            "Hoàn thành tốt các nhiệm vụ công tác Mặt trận năm 2020, các nội dung thi đua do Ban "
            "Thường trực Ủy ban MTTQ Việt Nam cấp huyện phát động. Đảm bảo Ủy ban MTTQ Việt Nam mỗi "
            "xã, phường, thị trấn có ít nhất 01 công trình, phần việc cụ thể thiết thực chào mừng "
            "Đại hội Đảng các cấp, “Hội nghị biểu dương điển hình tiên tiến” và chào mừng kỷ niệm "
            "90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930-18/11/2020).",
            "Tổ chức đánh giá đợt thi đua và gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam cấp huyện.",
        ],
        True,
    ),
    (
        "Ban công tác Mặt trận",
        "collective",
        [
            "Hoàn thành tốt các nhiệm vụ công tác Mặt trận năm 2020, các nội dung thi đua do Ban "
            "Thường trực Ủy ban MTTQ Việt Nam cấp xã phát động. phấn đấu mỗi ban công tác Mặt trận "
            "có ít nhất 01 công trình hoặc phần việc cụ thể thiết thực chào mừng Đại hội Đảng các "
            "cấp, “Hội nghị biểu dương điển hình tiên tiến” và chào mừng kỷ niệm 90 năm Ngày truyền "
            "thống Mặt trận Tổ quốc Việt Nam (18/11/1930-18/11/2020).",
            "Tổ chức đánh giá đợt thi đua và gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã.",
        ],
        True,
    ),
    (
        "Ủy viên Ủy ban MTTQ Việt Nam các cấp",
        "individual",
        [
            "Tiếp tục phát huy trí tuệ, tâm huyết, tính chủ động, sáng tạo và trách nhiệm trong "
            "việc thực hiện chương trình phối hợp và thống nhất hành động của Ủy ban MTTQ Việt Nam "
            "các cấp; lắng nghe tâm tư, nguyện vọng, những bức xúc của nhân dân, nhất là trong đấu "
            "tranh phòng, chống tham nhũng, xây dựng Đảng, xây dựng chính quyền... qua đó kịp thời "
            "phản ánh, đề ra các giải pháp cùng Ủy ban MTTQ Việt Nam các cấp thực hiện tốt các "
            "nhiệm vụ đã đề ra."
        ],
        False,
    ),
    (
        "Cán bộ, công chức, viên chức, người lao động thuộc cơ quan Ủy ban MTTQ Việt Nam các cấp, "
        "Ban công tác Mặt trận",
        "individual",
        [
            "Chủ động xây dựng chương trình công tác và tổ chức thực hiện đúng tiến độ, thời gian "
            "và hoàn thành tốt nhiệm vụ năm 2020, có nhiều giải pháp, sáng tạo, kịp thời hướng dẫn "
            "hoạt động của MTTQ cơ sở trong thực hiện nhiệm vụ. Thực hiện tốt nội quy, quy chế, "
            "hoàn thành tốt chức trách, nhiệm vụ được giao; Gương mẫu thực hiện các tiêu chí “Rèn "
            "luyện tư cách người cán bộ Mặt trận” theo Hướng dẫn số 101/HD-MTTW-BTT ngày 23/7/2013 "
            "của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc “Thực hiện các tiêu chí rèn "
            "luyện tư cách người cán bộ Mặt trận”."
        ],
        False,
    ),
]

# IV.2.2 Số lượng. The province row ("20") is the province committee's own agency.
PROVINCE_CODE = "20"
DISTRICT_CODES = ["178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189"]


def _quota_rows(province: tuple[int, int], each_district: tuple[int, int]) -> list[tuple[str, int, int]]:
    return [(PROVINCE_CODE, *province)] + [(code, *each_district) for code in DISTRICT_CODES]


QUOTAS = {
    # award type slug: [(unit code, collectives, individuals), ...]
    "bang-khen-ubnd-tinh": _quota_rows(province=(1, 2), each_district=(2, 2)),
    "bang-khen-ubmttq-tinh": _quota_rows(province=(2, 2), each_district=(2, 2)),
}
# IV.1.b: the Central Committee's certificate "Có văn bản hướng dẫn sau": its numbers come
# in a later guidance, and until the province enters them no nomination for it is accepted.
NUMBERS_TO_FOLLOW = {"bang-khen-ubtw-mttq"}
# The totals the plan states. Pages compute totals from the rows; tests compare the two.
STATED_TOTALS = {
    "bang-khen-ubnd-tinh": (23, 24),
    "bang-khen-ubmttq-tinh": (24, 24),
}

# V. Tiến độ thực hiện
PHASES = [
    {
        "title": "Giai đoạn I",
        "start_date": date(2020, 2, 1),
        "end_date": date(2020, 5, 31),
        "activities": [
            "Ban Thường trực Ủy ban MTTQ Việt Nam các cấp trong tỉnh phát động thi đua, có văn bản "
            "đăng ký thi đua gửi về Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên.",
            "Tổ chức các phong trào thi đua, đăng ký xây dựng các công trình, các sản phẩm, phần "
            "việc cụ thể chào mừng Đại hội Đảng, Đại hội thi đua yêu nước các cấp tỉnh Lạng Sơn "
            "tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X, chào mừng 90 năm Ngày truyền "
            "thống MTTQ Việt Nam (18/11/1930-18/11/2020).",
            "Tổ chức Hội nghị biểu dương điển hình tiên tiến Ủy ban MTTQ Việt Nam các cấp tỉnh Lạng Sơn.",
        ],
    },
    {
        "title": "Giai đoạn II",
        "start_date": date(2020, 6, 1),
        "end_date": date(2020, 11, 18),
        "activities": [
            "Tổ chức gắn biển, nghiệm thu các công trình, sản phầm, phần việc chào mừng Đại hội "
            "Đảng, Đại hội thi đua yêu nước các cấp tỉnh Lạng Sơn tiến tới Đại hội thi đua yêu nước "
            "toàn quốc lần thứ X.",
            "Tổ chức các hoạt động chào mừng 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam "
            "(18/11/1930-18/11/2020).",
            "Tổng kết Đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, Đại "
            "hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V tiến tới Đại hội thi đua yêu nước toàn "
            "quốc lần thứ X và 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - "
            "18/11/2020).",
            "Thời gian tổ chức tổng kết đợt thi đua đặc biệt vào dịp kỷ niệm 90 năm Ngày truyền "
            "thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2020).",
        ],
    },
]

# Deadlines. "Trước ngày 28/02/2020": a registration dated 28/02 is counted on time, as
# ``Registration.is_late`` compares with ">".
REGISTRATION_DEADLINE = date(2020, 2, 28)  # emulation registration and works registration
REPORT_DEADLINE = date(2020, 11, 2)
CLOSING_DATE = date(2020, 11, 18)
# The plan states no deadline for award nominations. The districts' results report is due
# on 02/11/2020 and the council decides before the closing on 18/11, so the demo uses the
# report deadline; an editor can change it on the page.
NOMINATION_DEADLINE = date(2020, 11, 2)

# VI. Tổ chức thực hiện: (party, tasks)
IMPLEMENTATION = [
    (
        "Ủy ban MTTQ Việt Nam tỉnh",
        [
            "Các ban chuyên môn, văn phòng cơ quan Ủy ban MTTQ Việt Nam tỉnh có trách nhiệm giúp "
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch "
            "này theo các lĩnh vực, địa bàn phụ trách.",
            "Hội đồng thi đua - khen thưởng Ủy ban MTTQ tỉnh xét đề nghị khen thưởng cho các tập "
            "thể và cá nhân có thành tích xuất sắc trong đợt thi đua gắn với các công trình, phần "
            "việc cụ thể.",
        ],
    ),
    (
        "Ủy ban MTTQ Việt Nam các huyện, thành phố",
        [
            "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố xây dựng kế hoạch, hướng "
            "dẫn Ủy ban MTTQ Việt Nam cấp xã, Ban Công tác Mặt trận khu dân cư tổ chức thực hiện "
            "đạt kết quả thiết thực.",
            "Tiến hành đăng ký công trình thi đua và gửi về Ban Thường trực Ủy ban MTTQ Việt Nam "
            "tỉnh trước ngày 28/02/2020.",
            "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố gửi báo cáo kết quả về Ban "
            "Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 02/11/2020.",
        ],
    ),
]

CLOSING_NOTE = (
    "Nhận Kế hoạch này, đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các cấp phối hợp triển khai "
    "thực hiện và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (qua bộ phận Văn "
    "phòng) đảm bảo thiết thực, đúng nội dung và thời gian quy định./."
)

SIGNATORY_TITLE = "TM. BAN THƯỜNG TRỰC — CHỦ TỊCH"
SIGNATORY_NAME = "Nông Lương Chấn"

RECIPIENTS = [
    "Ủy ban Trung ương MTTQ Việt Nam;",
    "Thường trực Tỉnh ủy;",
    "Ban Dân vận Tỉnh ủy;",
    "Ban TĐ-KT tỉnh;",
    "Cụm trưởng Cụm thi đua;",
    "UBMTTQ các huyện, thành phố;",
    "Ban TT-MTTQ tỉnh, các ban CM;",
    "Lưu TĐKT, VT.",
]

# English wording of the plan's headline facts, for the English translation of the page.
ENGLISH = {
    FULL_TITLE: (
        "Plan for a special emulation campaign greeting the Party congresses at all levels, the "
        "Patriotic Emulation Congress and the 90th anniversary of the Traditional Day of the "
        "Vietnam Fatherland Front (18/11/1930 - 18/11/2020)"
    ),
    TITLE: TITLE_EN,
    SHORT_TITLE: SHORT_TITLE_EN,
    OCCASION: (
        "The Party congresses at all levels, the Patriotic Emulation Congress and the 90th "
        "anniversary of the Traditional Day of the Vietnam Fatherland Front (18/11/1930 - 18/11/2020)"
    ),
    PERIOD_TEXT: "From February 2020 until the end of 18 November 2020.",
    THEME_SHORT: "Front officers: Solidarity, Democracy, Dynamism, Creativity",
    THEME: (
        "Front officers — united, democratic, dynamic and creative — determined to compete for "
        "outstanding achievements to greet the Party congresses at all levels, the 5th Patriotic "
        "Emulation Congress of Lạng Sơn province on the way to the 10th National Patriotic "
        "Emulation Congress, and the 90th anniversary of the Traditional Day of the Vietnam "
        "Fatherland Front (18/11/1930 - 18/11/2020)."
    ),
    ISSUING_BODY: "Standing Board of the Vietnam Fatherland Front Committee of Lạng Sơn Province",
    SIGNATORY_TITLE: "FOR THE STANDING BOARD — CHAIRMAN",
}
