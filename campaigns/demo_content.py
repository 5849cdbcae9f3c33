"""Demo news articles, residential committees and registrations, for ``manage.py load_demo``.

Illustrative content written for the demo: events follow the plan's timeline (launch in
February, registrations before 28/02, honoring conference in phase I, acceptance and
plaques in phase II, closing on 18/11/2020), but the people and figures are invented.
Quotations are the plan's own words or well-known sayings of President Hồ Chí Minh,
never words put in a real official's mouth.

Body blocks: ("h2", text), ("p", text), ("image", motif, caption),
("quote", text, attribution), ("gallery", title, [(motif, caption), ...]).
"""

from datetime import date

from .seed_plan import THEME

HO_CHI_MINH = "Chủ tịch Hồ Chí Minh"

TAGS = {
    "thi-dua": "Thi đua",
    "nong-thon-moi": "Nông thôn mới",
    "quy-vi-nguoi-ngheo": "Quỹ vì người nghèo",
    "90-nam-mttq": "90 năm MTTQ Việt Nam",
    "dien-hinh-tien-tien": "Điển hình tiên tiến",
    "cong-trinh": "Công trình chào mừng",
    "dai-doan-ket": "Đại đoàn kết",
}

ARTICLES = [
    {
        "slug": "phat-dong-dot-thi-dua-dac-biet-2020",
        "title": "Ban Thường trực Ủy ban MTTQ tỉnh phát động đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ các cấp",
        "date": date(2020, 2, 10),
        "summary": (
            "Đợt thi đua kéo dài từ tháng 02 đến ngày 18/11/2020, hướng tới kỷ niệm 90 năm Ngày "
            "truyền thống Mặt trận Tổ quốc Việt Nam, với chủ đề “Cán bộ Mặt trận Đoàn kết, Dân chủ, "
            "Năng động, Sáng tạo”."
        ),
        "tags": ["thi-dua"],
        "unit": "20-TCTG",
        "author": "Hoàng Thu Trang",
        "motif": "star",
        "palette": "red",
        "body": [
            (
                "p",
                "Sáng 10/02/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn ban hành kế "
                "hoạch và phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ "
                "các cấp, Đại hội thi đua yêu nước tỉnh Lạng Sơn lần thứ V tiến tới Đại hội thi đua "
                "yêu nước toàn quốc lần thứ X và kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc "
                "Việt Nam (18/11/1930 - 18/11/2020).",
            ),
            ("h2", "Chủ đề của đợt thi đua"),
            ("quote", THEME, "Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
            (
                "p",
                "Đợt thi đua chia làm hai giai đoạn. Giai đoạn I (từ tháng 02 đến hết tháng "
                "5/2020) tập trung phát động, đăng ký thi đua và đăng ký công trình, phần việc; "
                "giai đoạn II (từ tháng 6 đến ngày 18/11/2020) tổ chức nghiệm thu, gắn biển công "
                "trình và tổng kết vào dịp kỷ niệm 90 năm Ngày truyền thống.",
            ),
            ("image", "people", "Quang cảnh hội nghị phát động đợt thi đua đặc biệt năm 2020"),
            ("h2", "Mỗi xã, phường, thị trấn ít nhất một công trình"),
            (
                "p",
                "Kế hoạch yêu cầu Ủy ban MTTQ Việt Nam mỗi xã, phường, thị trấn có ít nhất 01 "
                "công trình, phần việc cụ thể, thiết thực; các huyện, thành phố đăng ký thi đua "
                "và đăng ký công trình gửi về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày "
                "28/02/2020.",
            ),
            ("quote", "Thi đua là yêu nước, yêu nước thì phải thi đua.", HO_CHI_MINH),
        ],
    },
    {
        "slug": "hoan-thanh-dang-ky-thi-dua-va-cong-trinh",
        "title": "Các huyện, thành phố hoàn thành đăng ký thi đua và đăng ký công trình chào mừng",
        "date": date(2020, 2, 27),
        "summary": (
            "Trước hạn 28/02/2020, Ủy ban MTTQ các huyện, thành phố đã gửi văn bản đăng ký thi "
            "đua và danh mục công trình, phần việc chào mừng về Ban Thường trực Ủy ban MTTQ tỉnh."
        ),
        "tags": ["thi-dua", "cong-trinh"],
        "unit": "20-VP",
        "author": "Lộc Minh Hải",
        "motif": "medal",
        "palette": "gold",
        "body": [
            (
                "p",
                "Theo Văn phòng Ủy ban MTTQ tỉnh, đến ngày 27/02/2020 phần lớn Ủy ban MTTQ các "
                "huyện, thành phố đã gửi văn bản đăng ký thi đua; các đơn vị còn lại được đôn đốc "
                "hoàn thành trong thời hạn kế hoạch quy định.",
            ),
            ("h2", "Công trình gắn với nhu cầu thiết thực của nhân dân"),
            (
                "p",
                "Các công trình đăng ký tập trung vào đường giao thông nông thôn, nhà Đại đoàn kết "
                "cho hộ nghèo, nhà văn hóa thôn, khu dân cư và các phần việc bảo vệ môi trường. "
                "Nhiều công trình do nhân dân hiến đất, góp ngày công và vật liệu.",
            ),
            ("image", "road", "Một tuyến đường nông thôn được đăng ký làm công trình chào mừng"),
            (
                "p",
                "Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các đơn vị cập nhật tiến độ công trình "
                "hằng quý và báo cáo kết quả trước ngày 02/11/2020.",
            ),
        ],
    },
    {
        "slug": "trang-dinh-ra-quan-lam-duong-be-tong",
        "title": "Huyện Tràng Định ra quân làm đường bê tông nông thôn chào mừng Đại hội Đảng bộ huyện",
        "date": date(2020, 3, 18),
        "summary": (
            "Hàng trăm đoàn viên, hội viên và nhân dân các xã của huyện Tràng Định góp ngày công "
            "mở rộng, đổ bê tông đường thôn, hưởng ứng đợt thi đua đặc biệt."
        ),
        "tags": ["nong-thon-moi", "cong-trinh"],
        "unit": "180",
        "author": "Nông Văn Đức",
        "motif": "road",
        "palette": "green",
        "body": [
            (
                "p",
                "Hưởng ứng Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
                "minh”, Ủy ban MTTQ Việt Nam huyện Tràng Định phối hợp với chính quyền các xã tổ "
                "chức ra quân làm đường bê tông nông thôn.",
            ),
            ("h2", "Nhân dân hiến đất, góp công"),
            (
                "p",
                "Nhiều hộ gia đình tự nguyện hiến đất, chặt bỏ cây cối, tháo dỡ tường rào để mở "
                "rộng mặt đường. Ban công tác Mặt trận các thôn chia ca, phân công từng hộ tham "
                "gia ngày công.",
            ),
            (
                "gallery",
                "Ngày ra quân làm đường ở Tràng Định",
                [
                    ("road", "Đổ bê tông mặt đường thôn ở xã Đề Thám"),
                    ("people", "Đoàn viên thanh niên góp ngày công làm đường"),
                    ("field", "Tuyến đường mới nối thôn với khu sản xuất"),
                ],
            ),
            (
                "p",
                "Các tuyến đường hoàn thành sẽ được nghiệm thu và gắn biển công trình chào mừng "
                "Đại hội Đảng bộ huyện trong giai đoạn II của đợt thi đua.",
            ),
        ],
    },
    {
        "slug": "quy-vi-nguoi-ngheo-ho-tro-nha-dai-doan-ket",
        "title": "Quỹ “Vì người nghèo” hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo khó khăn về nhà ở",
        "date": date(2020, 4, 22),
        "summary": (
            "Từ nguồn Quỹ “Vì người nghèo” các cấp và sự chung tay của cộng đồng, nhiều hộ nghèo "
            "trong tỉnh được hỗ trợ xây mới, sửa chữa nhà ở trong đợt thi đua."
        ),
        "tags": ["quy-vi-nguoi-ngheo", "dai-doan-ket"],
        "unit": "20-PT",
        "author": "Vi Thị Hồng",
        "motif": "house",
        "palette": "gold",
        "body": [
            (
                "p",
                "Thực hiện phong trào “Lạng Sơn cùng cả nước chung tay vì người nghèo – không để "
                "ai bị bỏ lại phía sau”, Ủy ban MTTQ các cấp đã rà soát, lựa chọn các hộ nghèo "
                "khó khăn nhất về nhà ở để hỗ trợ.",
            ),
            ("h2", "Mỗi ngôi nhà là một công trình chào mừng"),
            (
                "p",
                "Mỗi ngôi nhà Đại đoàn kết được hỗ trợ từ Quỹ “Vì người nghèo”, kết hợp với phần "
                "đóng góp của gia đình, dòng họ và ngày công của bà con trong thôn. Nhiều nơi, Ban "
                "công tác Mặt trận trực tiếp vận động vật liệu và giám sát thi công.",
            ),
            ("image", "house", "Bàn giao nhà Đại đoàn kết cho hộ nghèo ở huyện Bình Gia"),
            (
                "quote",
                "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.",
                HO_CHI_MINH,
            ),
        ],
    },
    {
        "slug": "nguoi-viet-nam-uu-tien-dung-hang-viet-nam-vung-bien",
        "title": "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” đến với đồng bào vùng biên",
        "date": date(2020, 5, 8),
        "summary": (
            "Ủy ban MTTQ các huyện biên giới tuyên truyền, giới thiệu sản phẩm địa phương, khuyến "
            "khích người dân ưu tiên dùng hàng Việt Nam có chất lượng."
        ),
        "tags": ["thi-dua"],
        "unit": "182",
        "author": "Lương Thị Thảo",
        "motif": "field",
        "palette": "teal",
        "body": [
            (
                "p",
                "Tại các phiên chợ vùng cao của huyện Văn Lãng, cán bộ Mặt trận cùng các đoàn thể "
                "giới thiệu sản phẩm nông sản, hàng thủ công của địa phương và hướng dẫn bà con "
                "nhận biết hàng Việt Nam có chất lượng.",
            ),
            ("h2", "Đưa sản phẩm địa phương đến gần người tiêu dùng"),
            (
                "p",
                "Hồi, quế, thạch đen, na, hồng không hạt và nhiều sản phẩm của các hợp tác xã trong "
                "tỉnh được giới thiệu tại các gian hàng, góp phần mở rộng đầu ra cho người sản "
                "xuất.",
            ),
            ("image", "field", "Gian hàng nông sản địa phương tại phiên chợ vùng biên"),
        ],
    },
    {
        "slug": "hoi-nghi-bieu-duong-dien-hinh-tien-tien-2020",
        "title": "Hội nghị biểu dương điển hình tiên tiến Ủy ban MTTQ Việt Nam các cấp tỉnh Lạng Sơn",
        "date": date(2020, 5, 28),
        "summary": (
            "Hội nghị biểu dương các tập thể, cá nhân tiêu biểu trong công tác Mặt trận, kết thúc "
            "giai đoạn I của đợt thi đua đặc biệt."
        ),
        "tags": ["dien-hinh-tien-tien", "thi-dua"],
        "unit": "20-TCTG",
        "author": "Hoàng Thu Trang",
        "motif": "medal",
        "palette": "red",
        "body": [
            (
                "p",
                "Thực hiện kế hoạch đợt thi đua đặc biệt, Ban Thường trực Ủy ban MTTQ Việt Nam "
                "tỉnh tổ chức Hội nghị biểu dương điển hình tiên tiến Ủy ban MTTQ Việt Nam các cấp "
                "tỉnh Lạng Sơn.",
            ),
            ("h2", "Những tấm gương ở cơ sở"),
            (
                "p",
                "Các điển hình được biểu dương là Ủy ban MTTQ cấp xã, Ban công tác Mặt trận khu dân "
                "cư, trưởng ban công tác Mặt trận, người có uy tín trong đồng bào dân tộc thiểu số "
                "đã có cách làm sáng tạo trong vận động nhân dân xây dựng nông thôn mới, giúp hộ "
                "nghèo và giữ gìn an ninh trật tự ở khu dân cư.",
            ),
            (
                "gallery",
                "Hội nghị biểu dương điển hình tiên tiến",
                [
                    ("people", "Đại biểu dự hội nghị biểu dương điển hình tiên tiến"),
                    ("medal", "Trao tặng Bằng khen cho các tập thể tiêu biểu"),
                    ("portrait", "Đại biểu điển hình chia sẻ kinh nghiệm vận động nhân dân"),
                ],
            ),
            (
                "quote",
                "Thi đua là yêu nước, yêu nước thì phải thi đua. Và những người thi đua là "
                "những người yêu nước nhất.",
                HO_CHI_MINH,
            ),
        ],
    },
    {
        "slug": "hoang-dong-gan-bien-nha-van-hoa-thon",
        "title": "Xã Hoàng Đồng gắn biển công trình nhà văn hóa thôn chào mừng Đại hội Đảng bộ thành phố",
        "date": date(2020, 6, 19),
        "summary": (
            "Nhà văn hóa thôn được xây dựng từ nguồn ngân sách kết hợp nhân dân đóng góp, là một "
            "trong những công trình đầu tiên được gắn biển trong giai đoạn II."
        ),
        "tags": ["cong-trinh", "nong-thon-moi"],
        "unit": "178",
        "author": "Lăng Văn Quân",
        "motif": "culture",
        "palette": "red",
        "body": [
            (
                "p",
                "Ủy ban MTTQ Việt Nam xã Hoàng Đồng, thành phố Lạng Sơn tổ chức nghiệm thu và gắn "
                "biển công trình nhà văn hóa thôn chào mừng Đại hội Đảng bộ thành phố và kỷ niệm "
                "90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
            ),
            ("image", "culture", "Lễ gắn biển công trình nhà văn hóa thôn ở xã Hoàng Đồng"),
            ("h2", "Nơi sinh hoạt chung của cộng đồng"),
            (
                "p",
                "Ngoài nguồn ngân sách, nhân dân trong thôn góp tiền, ngày công và vật liệu. Nhà "
                "văn hóa sẽ là nơi tổ chức họp thôn, sinh hoạt văn nghệ, thể thao và Ngày hội Đại "
                "đoàn kết toàn dân tộc ở khu dân cư.",
            ),
        ],
    },
    {
        "slug": "ban-cong-tac-mat-tran-hat-nhan-dai-doan-ket",
        "title": "Ban công tác Mặt trận khu dân cư: hạt nhân của khối đại đoàn kết ở cơ sở",
        "date": date(2020, 7, 15),
        "summary": (
            "Ở nhiều thôn, khối phố, Ban công tác Mặt trận là nơi đầu tiên người dân tìm đến để "
            "bàn bạc việc chung, hòa giải mâu thuẫn và giúp đỡ hộ khó khăn."
        ),
        "tags": ["dai-doan-ket"],
        "unit": "20-DCPL",
        "author": "Triệu Thị Nga",
        "motif": "people",
        "palette": "earth",
        "body": [
            (
                "p",
                "Kế hoạch đợt thi đua đặt mục tiêu mỗi Ban công tác Mặt trận có ít nhất 01 công "
                "trình hoặc phần việc cụ thể. Ở khối 1, phường Chi Lăng, đó là tuyến ngõ sạch, "
                "sáng; ở nhiều thôn vùng cao, đó là cây cầu tạm, đoạn kênh mương hay ngôi nhà cho "
                "hộ nghèo.",
            ),
            ("h2", "Dân chủ từ cơ sở"),
            (
                "p",
                "Mọi việc chung đều được đưa ra họp dân, công khai mức đóng góp và cử đại diện "
                "giám sát. Nhờ vậy, người dân tin tưởng, tự nguyện tham gia.",
            ),
            ("image", "people", "Họp dân bàn việc xây dựng công trình ở khu dân cư"),
        ],
    },
    {
        "slug": "nong-thon-moi-bac-son-nguoi-dan-la-chu-the",
        "title": "Nông thôn mới ở Bắc Sơn: khi người dân là chủ thể",
        "date": date(2020, 8, 20),
        "summary": (
            "Từ vận động của Mặt trận, người dân nhiều thôn ở huyện Bắc Sơn chủ động bàn bạc, đóng "
            "góp xây dựng đường, kênh mương và cảnh quan nông thôn."
        ),
        "tags": ["nong-thon-moi"],
        "unit": "185",
        "author": "Hà Văn Thịnh",
        "motif": "mountains",
        "palette": "green",
        "body": [
            (
                "p",
                "Giữa thung lũng Bắc Sơn, những tuyến đường bê tông, hàng rào xanh và nhà văn hóa "
                "khang trang là kết quả của nhiều năm người dân cùng chung sức xây dựng nông thôn "
                "mới.",
            ),
            ("h2", "Bàn bạc công khai, làm đến nơi đến chốn"),
            (
                "p",
                "Ủy ban MTTQ các xã hướng dẫn Ban công tác Mặt trận tổ chức họp dân, thống nhất "
                "từng phần việc và mức đóng góp phù hợp với điều kiện mỗi hộ. Các hộ khó khăn được "
                "miễn, giảm đóng góp.",
            ),
            (
                "gallery",
                "Nông thôn mới ở Bắc Sơn",
                [
                    ("mountains", "Thung lũng Bắc Sơn mùa lúa chín"),
                    ("road", "Đường bê tông nội đồng ở thị trấn Bắc Sơn"),
                    ("field", "Cánh đồng được cải tạo kênh mương"),
                ],
            ),
        ],
    },
    {
        "slug": "nghiem-thu-cong-trinh-giai-doan-2",
        "title": "Nghiệm thu, gắn biển các công trình, phần việc chào mừng trong giai đoạn II",
        "date": date(2020, 9, 25),
        "summary": (
            "Ủy ban MTTQ các cấp khẩn trương nghiệm thu, gắn biển các công trình, phần việc đã "
            "hoàn thành, bảo đảm đúng tiến độ kế hoạch."
        ),
        "tags": ["cong-trinh", "thi-dua"],
        "unit": "20-PT",
        "author": "Vi Thị Hồng",
        "motif": "culture",
        "palette": "gold",
        "body": [
            (
                "p",
                "Theo kế hoạch, giai đoạn II (từ tháng 6 đến ngày 18/11/2020) tập trung tổ chức "
                "gắn biển, nghiệm thu các công trình, sản phẩm, phần việc chào mừng Đại hội Đảng, "
                "Đại hội thi đua yêu nước các cấp.",
            ),
            ("h2", "Nghiệm thu đúng quy trình"),
            (
                "p",
                "Công trình được nghiệm thu có sự tham gia của Ban giám sát đầu tư của cộng đồng, "
                "đại diện người dân hưởng lợi và Ủy ban MTTQ cấp trên. Hồ sơ, hình ảnh công trình "
                "được cập nhật lên cổng thông tin để nhân dân theo dõi.",
            ),
            ("image", "house", "Nghiệm thu nhà Đại đoàn kết tại huyện Lộc Bình"),
        ],
    },
    {
        "slug": "de-nghi-khen-thuong-dai-hoi-thi-dua-yeu-nuoc",
        "title": "Nhiều tập thể, cá nhân trong hệ thống Mặt trận được đề nghị khen thưởng",
        "date": date(2020, 10, 14),
        "summary": (
            "Hội đồng thi đua - khen thưởng Ủy ban MTTQ tỉnh xét hồ sơ đề nghị khen thưởng các "
            "tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua đặc biệt."
        ),
        "tags": ["dien-hinh-tien-tien", "thi-dua"],
        "unit": "20-VP",
        "author": "Lộc Minh Hải",
        "motif": "medal",
        "palette": "gold",
        "body": [
            (
                "p",
                "Căn cứ tiêu chuẩn và số lượng khen thưởng của kế hoạch, Ủy ban MTTQ các huyện, "
                "thành phố và các ban chuyên môn Ủy ban MTTQ tỉnh đã lựa chọn, đề nghị khen thưởng "
                "các tập thể, cá nhân tiêu biểu.",
            ),
            ("h2", "Thành tích gắn với công trình, phần việc cụ thể"),
            (
                "p",
                "Hồ sơ đề nghị khen thưởng nêu rõ công trình, phần việc mà tập thể, cá nhân đã "
                "thực hiện; Hội đồng thi đua - khen thưởng Ủy ban MTTQ tỉnh xét theo đúng tiêu "
                "chuẩn của từng đối tượng.",
            ),
        ],
    },
    {
        "slug": "90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam",
        "title": "90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam: những mốc son của khối đại đoàn kết",
        "date": date(2020, 11, 10),
        "summary": (
            "Từ Hội Phản đế Đồng minh ra đời ngày 18/11/1930 đến Mặt trận Tổ quốc Việt Nam hôm nay, "
            "khối đại đoàn kết toàn dân tộc luôn là cội nguồn sức mạnh của cách mạng Việt Nam."
        ),
        "tags": ["90-nam-mttq", "dai-doan-ket"],
        "unit": "20-TCTG",
        "author": "Hoàng Thu Trang",
        "motif": "star",
        "palette": "gold",
        "body": [
            (
                "p",
                "Ngày 18/11/1930, Ban Thường vụ Trung ương Đảng ra chỉ thị thành lập Hội Phản đế "
                "Đồng minh, hình thức đầu tiên của Mặt trận dân tộc thống nhất Việt Nam. Ngày này "
                "trở thành Ngày truyền thống của Mặt trận Tổ quốc Việt Nam.",
            ),
            ("h2", "Những mốc son"),
            (
                "p",
                "Qua các thời kỳ, Mặt trận mang nhiều tên gọi khác nhau: Mặt trận Việt Minh (thành "
                "lập ngày 19/5/1941), Mặt trận Liên Việt, Mặt trận Tổ quốc Việt Nam (thành lập "
                "tháng 9/1955)... nhưng luôn giữ vai trò tập hợp, đoàn kết mọi tầng lớp nhân dân.",
            ),
            ("image", "star", "Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam"),
            (
                "quote",
                "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.",
                HO_CHI_MINH,
            ),
        ],
        "english": {
            "title": "90 years of the Vietnam Fatherland Front: milestones of great national unity",
            "strings": {
                "Ngày 18/11/1930, Ban Thường vụ Trung ương Đảng ra chỉ thị thành lập Hội Phản đế "
                "Đồng minh, hình thức đầu tiên của Mặt trận dân tộc thống nhất Việt Nam. Ngày này "
                "trở thành Ngày truyền thống của Mặt trận Tổ quốc Việt Nam.": "On 18 November 1930 the Standing Committee of the Party Central Committee "
                "ordered the founding of the Anti-Imperialist Alliance, the first form of "
                "Vietnam's national united front. The day became the Traditional Day of the "
                "Vietnam Fatherland Front.",
                "Những mốc son": "Milestones",
                "Qua các thời kỳ, Mặt trận mang nhiều tên gọi khác nhau: Mặt trận Việt Minh (thành "
                "lập ngày 19/5/1941), Mặt trận Liên Việt, Mặt trận Tổ quốc Việt Nam (thành lập "
                "tháng 9/1955)... nhưng luôn giữ vai trò tập hợp, đoàn kết mọi tầng lớp nhân dân.": "Over the years the Front has had several names — the Việt Minh Front (founded "
                "on 19 May 1941), the Liên Việt Front, the Vietnam Fatherland Front (founded in "
                "September 1955)... — but it has always rallied and united people of every "
                "walk of life.",
                "Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam": "The 90th anniversary of the Traditional Day of the Vietnam Fatherland Front",
                "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.": "Unity, unity, great unity. Success, success, great success.",
                HO_CHI_MINH: "President Hồ Chí Minh",
            },
            "summary": (
                "From the Anti-Imperialist Alliance founded on 18/11/1930 to today's Vietnam "
                "Fatherland Front, great national unity has always been the source of strength "
                "of the Vietnamese revolution."
            ),
        },
    },
    {
        "slug": "ngay-hoi-dai-doan-ket-toan-dan-toc-2020",
        "title": "Ngày hội Đại đoàn kết toàn dân tộc ấm áp ở các khu dân cư",
        "date": date(2020, 11, 15),
        "summary": (
            "Dịp kỷ niệm 90 năm Ngày truyền thống, các khu dân cư trong tỉnh tổ chức Ngày hội Đại "
            "đoàn kết toàn dân tộc với nhiều hoạt động văn hóa, thể thao, biểu dương gia đình tiêu "
            "biểu."
        ),
        "tags": ["90-nam-mttq", "dai-doan-ket"],
        "unit": "183",
        "author": "Bế Thị Hương",
        "motif": "people",
        "palette": "red",
        "body": [
            (
                "p",
                "Ngày hội Đại đoàn kết toàn dân tộc năm 2020 ở các khu dân cư diễn ra trong không "
                "khí phấn khởi, gắn với kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
            ),
            ("h2", "Phần lễ trang trọng, phần hội vui tươi"),
            (
                "p",
                "Ban công tác Mặt trận báo cáo kết quả thực hiện các cuộc vận động, biểu dương các "
                "gia đình văn hóa tiêu biểu và tặng quà hộ nghèo. Phần hội có các môn thể thao dân "
                "tộc, hát then, đàn tính và bữa cơm đoàn kết.",
            ),
            (
                "gallery",
                "Ngày hội ở khu dân cư",
                [
                    ("people", "Bà con khu dân cư dự Ngày hội Đại đoàn kết"),
                    ("culture", "Văn nghệ chào mừng tại nhà văn hóa thôn"),
                    ("house", "Trao quà cho hộ nghèo trong Ngày hội"),
                ],
            ),
        ],
    },
    {
        "slug": "tong-ket-dot-thi-dua-dac-biet-2020",
        "title": "Tổng kết đợt thi đua đặc biệt, kỷ niệm 90 năm Ngày truyền thống MTTQ Việt Nam",
        "date": date(2020, 11, 18),
        "summary": (
            "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổng kết đợt thi đua đặc biệt, khen thưởng các tập "
            "thể, cá nhân có thành tích xuất sắc đúng dịp kỷ niệm 90 năm Ngày truyền thống."
        ),
        "tags": ["thi-dua", "90-nam-mttq", "dien-hinh-tien-tien"],
        "unit": "20-VP",
        "author": "Lộc Minh Hải",
        "motif": "star",
        "palette": "red",
        "body": [
            (
                "p",
                "Đúng ngày 18/11/2020, kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, "
                "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức tổng kết đợt thi đua đặc biệt lập thành "
                "tích chào mừng Đại hội Đảng bộ các cấp và Đại hội thi đua yêu nước.",
            ),
            ("h2", "Kết quả nổi bật"),
            (
                "p",
                "Trong đợt thi đua, Ủy ban MTTQ các cấp đã vận động nhân dân thực hiện nhiều công "
                "trình, phần việc thiết thực; nhiều công trình đã được nghiệm thu, gắn biển. Danh "
                "sách công trình và các tập thể, cá nhân được khen thưởng được công bố trên cổng "
                "thông tin.",
            ),
            ("image", "medal", "Trao Bằng khen cho các tập thể, cá nhân tiêu biểu"),
            ("quote", THEME, "Chủ đề đợt thi đua"),
        ],
        "english": {
            "title": "Closing of the special emulation campaign on the VFF's 90th anniversary",
            "summary": (
                "The Vietnam Fatherland Front Committee of Lạng Sơn province closed the special "
                "emulation campaign and honored outstanding collectives and individuals on the "
                "90th anniversary of the Front's Traditional Day."
            ),
            "strings": {
                "Kết quả nổi bật": "Highlights",
                "Trao Bằng khen cho các tập thể, cá nhân tiêu biểu": "Certificates of merit awarded to outstanding collectives and individuals",
                "Chủ đề đợt thi đua": "Theme of the campaign",
            },
        },
    },
]

# Translated first paragraph and headings of the launch article, for the English site.
ARTICLES[0]["english"] = {
    "title": "Provincial VFF launches a special emulation campaign greeting the Party congresses",
    "summary": (
        "The campaign runs from February to 18 November 2020, the 90th anniversary of the "
        "Traditional Day of the Vietnam Fatherland Front, under the theme \u201cFront officers: "
        "Solidarity, Democracy, Dynamism, Creativity\u201d."
    ),
    "strings": {
        "Chủ đề của đợt thi đua": "Theme of the campaign",
        "Mỗi xã, phường, thị trấn ít nhất một công trình": "At least one work in every commune, ward and town",
        "Quang cảnh hội nghị phát động đợt thi đua đặc biệt năm 2020": "The conference launching the 2020 special emulation campaign",
        "Thi đua là yêu nước, yêu nước thì phải thi đua.": "To emulate is to be patriotic; the patriotic must emulate.",
        HO_CHI_MINH: "President Hồ Chí Minh",
    },
}

DRAFT_ARTICLE = {
    "slug": "ket-qua-quy-vi-nguoi-ngheo-2020-ban-nhap",
    "title": "Kết quả vận động Quỹ “Vì người nghèo” năm 2020 (bản nháp chờ duyệt)",
    "date": date(2020, 11, 20),
    "summary": "Bản nháp: số liệu đang được Văn phòng tổng hợp, chưa công bố.",
    "tags": ["quy-vi-nguoi-ngheo"],
    "unit": "20-PT",
    "author": "Vi Thị Hồng",
    "motif": "house",
    "palette": "earth",
    "body": [
        (
            "p",
            "Số liệu vận động Quỹ “Vì người nghèo” năm 2020 đang được tổng hợp từ báo cáo của các "
            "huyện, thành phố. Bài viết sẽ được công bố sau khi Ban Thường trực duyệt.",
        ),
    ],
}

# Residential Front work committees: (code, parent commune code, name, committee name, English name)
RESIDENTIAL_UNITS = [
    (
        "05983-K1",
        "05983",
        "Khối 1, phường Chi Lăng",
        "Ban công tác Mặt trận khối 1, phường Chi Lăng",
        "Block 1, Chi Lăng Ward",
    ),
    (
        "05983-K3",
        "05983",
        "Khối 3, phường Chi Lăng",
        "Ban công tác Mặt trận khối 3, phường Chi Lăng",
        "Block 3, Chi Lăng Ward",
    ),
    (
        "05971-K5",
        "05971",
        "Khối 5, phường Hoàng Văn Thụ",
        "Ban công tác Mặt trận khối 5, phường Hoàng Văn Thụ",
        "Block 5, Hoàng Văn Thụ Ward",
    ),
    (
        "05986-NP",
        "05986",
        "Thôn Nà Pàn, xã Hoàng Đồng",
        "Ban công tác Mặt trận thôn Nà Pàn, xã Hoàng Đồng",
        "Nà Pàn Village, Hoàng Đồng Commune",
    ),
    (
        "05986-BC",
        "05986",
        "Thôn Bản Chu, xã Hoàng Đồng",
        "Ban công tác Mặt trận thôn Bản Chu, xã Hoàng Đồng",
        "Bản Chu Village, Hoàng Đồng Commune",
    ),
    (
        "06046-KK",
        "06046",
        "Thôn Khòn Khuyên, xã Đề Thám",
        "Ban công tác Mặt trận thôn Khòn Khuyên, xã Đề Thám",
        "Khòn Khuyên Village, Đề Thám Commune",
    ),
]

# A residential committee under one of today's communes (from 1 July 2025): the current
# campaign's chain province → commune → residential committee (see ``intranet.demo``).
CURRENT_RESIDENTIAL_UNITS = [
    (
        "2025-06040-K2",
        "2025-06040",
        "Khu 2, xã Thất Khê",
        "Ban công tác Mặt trận khu 2, xã Thất Khê",
        "Quarter 2, Thất Khê Commune",
    ),
]

# Registrations: unit code, status, submitted (y, m, d, hour), commitments.
REGISTRATIONS = [
    (
        "178",
        "accepted",
        (2020, 2, 18, 9),
        "Mỗi phường, xã có ít nhất 01 công trình chào mừng; xây dựng 10 tuyến phố văn minh.",
    ),
    (
        "180",
        "accepted",
        (2020, 2, 20, 14),
        "Đăng ký 23 công trình, phần việc; vận động làm 15 km đường bê tông nông thôn.",
    ),
    (
        "181",
        "accepted",
        (2020, 2, 24, 10),
        "Xây dựng 12 nhà Đại đoàn kết cho hộ nghèo; mỗi xã 01 công trình chào mừng.",
    ),
    (
        "183",
        "accepted",
        (2020, 2, 25, 8),
        "Xây dựng phòng truyền thống Mặt trận huyện; 100% xã, thị trấn có công trình.",
    ),
    (
        "185",
        "submitted",
        (2020, 2, 27, 16),
        "Gắn đợt thi đua với xây dựng nông thôn mới; vận động nhân dân góp 3 tỷ đồng.",
    ),
    (
        "189",
        "accepted",
        (2020, 2, 28, 11),
        "Vận động đồng bào vùng biên hiến đất làm đường; xây dựng 05 nhà văn hóa thôn.",
    ),
    (
        "186",
        "accepted",
        (2020, 3, 3, 9),
        "Xây dựng nhà Đại đoàn kết cho hộ nghèo người Dao; mỗi xã 01 phần việc.",
    ),
    (
        "188",
        "submitted",
        (2020, 3, 6, 15),
        "Làm đường bê tông đến các thôn vùng biên; hỗ trợ sinh kế cho hộ nghèo.",
    ),
]
