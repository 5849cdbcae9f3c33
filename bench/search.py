"""Search benchmark: a 50,000-item Vietnamese corpus, 40 queries with and without diacritics.

Run against a scratch database (it creates tables and content there):

    createdb -h 127.0.0.1 -U postgres thidua_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench .venv/bin/python bench/search.py
    DATABASE_URL=sqlite:////tmp/thidua-bench.sqlite3 .venv/bin/python bench/search.py

It migrates the database, builds the corpus once (articles under a news listing, works,
exemplars; realistic text assembled from the demo's sentences, the plan and the real
communes of Lạng Sơn), indexes it with the configured backend (``update_index``, timed),
then runs each query ``--repeat`` times after a warm-up and prints p50 and p95 latency of
what the search page computes (the search across all groups and the first page of
results with excerpts; template rendering excluded). ``--reuse`` keeps an existing
corpus and index; ``--reindex`` re-times indexing on it. ``--compare`` (PostgreSQL) also
times each query with the GIN index alone and one search per type (what the backend did
before it walked the newest rows for common words, matched a few candidates by key and
searched the titles of all types at once), the two interleaved, and prints their ratio:
on a busy machine a run before a change and a run after it cannot be compared.
"""

import argparse
import gc
import os
import random
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models.signals import post_save  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from django.utils.html import escape  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

QUERIES = [
    ("thi đua", "thi dua"),
    ("Đình Lập", "dinh lap"),
    ("Lạng Sơn", "lang son"),
    ("Nông Lương Chấn", "nong luong chan"),
    ("nhà văn hóa", "nha van hoa"),
    ("đường bê tông", "duong be tong"),
    ("đại đoàn kết", "dai doan ket"),
    ("hộ nghèo", "ho ngheo"),
    ("Tràng Định", "trang dinh"),
    ("Cao Lộc", "cao loc"),
    ("hiến đất làm đường", "hien dat lam duong"),
    ("nông thôn mới", "nong thon moi"),
    ("Mặt trận Tổ quốc", "mat tran to quoc"),
    ("điển hình tiên tiến", "dien hinh tien tien"),
    ("công trình chào mừng", "cong trinh chao mung"),
    ("Bằng khen", "bang khen"),
    ("kiểm tra", "kiem tra"),
    ("Quỹ vì người nghèo", "quy vi nguoi ngheo"),
    ("Ban công tác Mặt trận", "ban cong tac mat tran"),
    ("đồng bào Dao", "dong bao dao"),
    # Places: the other districts, a village of the corpus.
    ("Bắc Sơn", "bac son"),
    ("Hữu Lũng", "huu lung"),
    ("Chi Lăng", "chi lang"),
    ("Lộc Bình", "loc binh"),
    ("Văn Lãng", "van lang"),
    ("Khòn Khuyên", "khon khuyen"),
    # Kinds of works and what a reader looks for in the news.
    ("cầu treo dân sinh", "cau treo dan sinh"),
    ("thu gom rác thải", "thu gom rac thai"),
    ("kênh mương nội đồng", "kenh muong noi dong"),
    ("nuôi bò sinh sản", "nuoi bo sinh san"),
    ("tuyến đường hoa", "tuyen duong hoa"),
    ("sân thể thao", "san the thao"),
    ("gắn biển công trình", "gan bien cong trinh"),
    ("Ngày hội Đại đoàn kết", "ngay hoi dai doan ket"),
    ("ưu tiên dùng hàng Việt Nam", "uu tien dung hang viet nam"),
    # People, titles and awards.
    ("Hoàng Thị Diệp", "hoang thi diep"),
    ("Trưởng Ban công tác Mặt trận", "truong ban cong tac mat tran"),
    ("biểu dương", "bieu duong"),
    ("Giấy khen", "giay khen"),
    ("hỗ trợ sinh kế", "ho tro sinh ke"),
]

VILLAGES = [
    "Nà Pàn",
    "Bản Chu",
    "Khòn Khuyên",
    "Pác Cáp",
    "Nà Lừa",
    "Khuổi Cấp",
    "Bản Làn",
    "Nà Thí",
    "Còn Quan",
    "Lân Châu",
    "Bản Pẻn",
    "Khòn Pổng",
    "Nà Sla",
    "Pò Mã",
    "Cốc Sâu",
    "Nà Tồng",
    "Bản Đon",
    "Khuổi Phầy",
    "Nà Phai",
    "Pắc Khuông",
    "Bó Củng",
    "Nà Canh",
    "Pàn Pè",
    "Kéo Coong",
]
SURNAMES = [
    "Hoàng",
    "Nông",
    "Lộc",
    "Vi",
    "Lương",
    "Chu",
    "Hà",
    "Triệu",
    "Lăng",
    "Đinh",
    "Nguyễn",
    "Lý",
    "La",
    "Dương",
    "Bế",
    "Ngô",
    "Tô",
    "Mã",
    "Hứa",
    "Lành",
    "Đàm",
    "Vy",
    "Chu",
    "Sầm",
]
MIDDLES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Xuân"]
GIVEN = [
    "Lợi",
    "Hoa",
    "Tuấn",
    "Hằng",
    "Sáu",
    "Mai",
    "Bình",
    "Lan",
    "Chiến",
    "Thu",
    "Hùng",
    "Hương",
    "Páo",
    "Nhung",
    "Tài",
    "Lý",
    "Quyết",
    "Diệp",
    "Hải",
    "Trang",
    "Kiểm",
    "Thắng",
    "Nguyệt",
    "Phúc",
]
WORK_KINDS = [
    ("roads", "Đường bê tông nông thôn thôn {village}, {commune}"),
    ("roads", "Cầu treo dân sinh bản {village}, {commune}"),
    ("culture", "Nhà văn hóa thôn {village}, {commune}"),
    ("culture", "Sân thể thao khu dân cư thôn {village}"),
    ("housing", "Nhà Đại đoàn kết cho hộ nghèo {commune}"),
    ("environment", "Tuyến đường hoa thôn {village}, {commune}"),
    ("environment", "Mô hình thu gom rác thải thôn {village}"),
    ("livelihood", "Kênh mương nội đồng thôn {village}, {commune}"),
    ("livelihood", "Mô hình nuôi bò sinh sản giúp hộ nghèo {commune}"),
    ("other", "Hệ thống camera an ninh thôn {village}"),
]
ARTICLE_TITLES = [
    "{district}: {commune} ra quân làm đường bê tông chào mừng Đại hội",
    "Ủy ban MTTQ {commune} biểu dương điển hình tiên tiến trong đợt thi đua",
    "Nghiệm thu, gắn biển công trình nhà văn hóa thôn {village}",
    "{district} hoàn thành đăng ký thi đua và đăng ký công trình chào mừng",
    "Trao nhà Đại đoàn kết cho hộ nghèo ở {commune}",
    "Kiểm tra tiến độ công trình, phần việc chào mừng tại {district}",
    "Đồng bào thôn {village} hiến đất mở rộng đường liên thôn",
    "Quỹ “Vì người nghèo” {district} tiếp nhận ủng hộ trong đợt thi đua",
]


def sentence_bank() -> list[str]:
    """Sentences from the demo's articles, works, exemplars and the 2020 plan."""
    from campaigns import seed_plan
    from campaigns.demo_content import ARTICLES
    from exemplars.demo_content import COLLECTIVES, INDIVIDUALS, WORKS

    sentences = []
    for article in ARTICLES:
        sentences.append(article["summary"])
        sentences.extend(block[1] for block in article["body"] if block[0] in ("p", "quote"))
    sentences.extend(work["summary"] for work in WORKS)
    sentences.extend(work["contribution"][0] for work in WORKS)
    sentences.extend(row[4] for row in COLLECTIVES + INDIVIDUALS)
    sentences.extend([seed_plan.PURPOSE, seed_plan.REQUIREMENTS, seed_plan.THEME, *seed_plan.CONTENTS])
    return [" ".join(text.split()) for text in sentences if text]


class Corpus:
    def __init__(self, rng: random.Random, units, districts):
        self.rng = rng
        self.units = units
        self.districts = districts
        self.sentences = sentence_bank()

    def place(self):
        unit = self.rng.choice(self.units)
        district = self.districts.get(unit.parent_id)
        return unit, {
            "village": self.rng.choice(VILLAGES),
            "commune": unit.name[:1].lower() + unit.name[1:],
            "district": district.name if district else "Thành phố Lạng Sơn",
        }

    def paragraph(self, count: int) -> str:
        return " ".join(self.rng.choice(self.sentences) for _ in range(count))

    def person(self) -> str:
        return f"{self.rng.choice(SURNAMES)} {self.rng.choice(MIDDLES)} {self.rng.choice(GIVEN)}"


def build(total: int, seed: int = 2020) -> None:
    from modelsearch.signal_handlers import post_save_signal_handler

    from campaigns.factories import ArticleIndexPageFactory, create_seed_plan_campaign
    from campaigns.models import ArticleIndexPage, ArticlePage, AwardType, Unit
    from campaigns.reference_data import load_units
    from core.demo import DemoContext
    from exemplars.factories import HonorRollPageFactory, WorkGalleryPageFactory
    from exemplars.models import Exemplar, Work
    from home.demo import load_site

    rng = random.Random(seed)
    ctx = DemoContext()
    with translation.override("vi"), transaction.atomic():
        load_site(ctx)
        home = ctx.home_page()
        campaign = create_seed_plan_campaign(parent=home)
        news = ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
        WorkGalleryPageFactory(parent=home)
        HonorRollPageFactory(parent=home)
    units = load_units()
    communes = [unit for unit in units.values() if unit.level.code == "commune"]
    districts = {unit.pk: unit for unit in Unit.objects.districts()}
    awards = list(AwardType.objects.all())
    corpus = Corpus(rng, communes, districts)
    locale = Locale.get_default()

    n_articles = total * 3 // 10
    n_works = total * 4 // 10
    n_exemplars = total - n_articles - n_works
    print(f"Building {n_articles:,} articles, {n_works:,} works, {n_exemplars:,} exemplars…", flush=True)
    started = time.perf_counter()

    # Articles: rows written in bulk (a tree insert per page would take an hour), with
    # paths computed as treebeard does.
    news = ArticleIndexPage.objects.get(pk=news.pk)
    content_type = ContentType.objects.get_for_model(ArticlePage)
    post_save.disconnect(post_save_signal_handler, sender=ArticlePage)
    now = timezone.now()
    batch = 2000
    for first in range(0, n_articles, batch):
        pages, details = [], []
        for number in range(first, min(first + batch, n_articles)):
            unit, place = corpus.place()
            title = rng.choice(ARTICLE_TITLES).format(**place)
            slug = f"bench-tin-{number}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(news.path, news.depth + 1, number + 1),
                    depth=news.depth + 1,
                    numchild=0,
                    url_path=f"{news.url_path}{slug}/",
                    locale=locale,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    translation_key=uuid.uuid4(),
                )
            )
            body = [
                {
                    "type": "paragraph",
                    "value": f"<p>{escape(corpus.paragraph(rng.randint(3, 6)))}</p>",
                    "id": str(uuid.uuid4()),
                },
                {
                    "type": "heading",
                    "value": {"text": corpus.paragraph(1)[:80], "level": "h2"},
                    "id": str(uuid.uuid4()),
                },
                {
                    "type": "paragraph",
                    "value": f"<p>{escape(corpus.paragraph(rng.randint(3, 6)))}</p>",
                    "id": str(uuid.uuid4()),
                },
            ]
            details.append(
                (unit, corpus.paragraph(1), body, date(2020, 2, 1) + timedelta(days=rng.randint(0, 290)))
            )
        Page.objects.bulk_create(pages)
        saved = Page.objects.filter(slug__in=[page.slug for page in pages], depth=news.depth + 1)
        by_slug = {page.slug: page.pk for page in saved}
        articles = []
        for page, (unit, summary, body, day) in zip(pages, details, strict=True):
            article = ArticlePage(
                page_ptr_id=by_slug[page.slug], date=day, summary=summary, body=body, author_unit=unit
            )
            articles.append(article)
        fields = [field for field in ArticlePage._meta.local_concrete_fields]
        ArticlePage._base_manager._insert(articles, fields=fields)
    Page.objects.filter(pk=news.pk).update(numchild=n_articles)
    post_save.connect(post_save_signal_handler, sender=ArticlePage)

    works = []
    statuses = ["accepted"] * 5 + ["plaque_mounted"] * 4 + ["registered", "in_progress"]
    for number in range(n_works):
        unit, place = corpus.place()
        category, pattern = rng.choice(WORK_KINDS)
        status = rng.choice(statuses)
        accepted = (
            date(2020, 5, 1) + timedelta(days=rng.randint(0, 180))
            if status in ("accepted", "plaque_mounted")
            else None
        )
        works.append(
            Work(
                title=pattern.format(**place),
                slug=f"bench-ct-{number}",
                campaign=campaign,
                unit=unit,
                category=category,
                status=status,
                summary=corpus.paragraph(2),
                description=f"<p>{escape(corpus.paragraph(2))}</p>",
                place=f"Thôn {place['village']}, {place['commune']}, {place['district'].lower()}",
                value_vnd=rng.randint(50, 3000) * 1_000_000,
                accepted_on=accepted,
                plaque_mounted_on=accepted + timedelta(days=10) if status == "plaque_mounted" else None,
                live=rng.random() > 0.05,
                locale=locale,
            )
        )
    Work.objects.bulk_create(works, batch_size=2000)

    exemplars = []
    for number in range(n_exemplars):
        unit, place = corpus.place()
        individual = rng.random() < 0.6
        exemplars.append(
            Exemplar(
                name=corpus.person()
                if individual
                else f"Ban công tác Mặt trận thôn {place['village']}, {place['commune']}",
                slug=f"bench-dh-{number}",
                kind="individual" if individual else "collective",
                position=f"Trưởng Ban công tác Mặt trận thôn {place['village']}" if individual else "",
                unit=unit,
                campaign=campaign,
                award_type=rng.choice(awards),
                summary=corpus.paragraph(2),
                achievements=f"<ul><li>{escape(corpus.paragraph(1))}</li></ul>",
                decision_date=date(2020, 11, 12),
                live=rng.random() > 0.05,
                locale=locale,
            )
        )
    Exemplar.objects.bulk_create(exemplars, batch_size=2000)
    print(f"Corpus built in {time.perf_counter() - started:.1f} s", flush=True)


def corpus_size() -> int:
    from campaigns.models import ArticlePage
    from exemplars.models import Exemplar, Work

    return ArticlePage.objects.count() + Work.objects.count() + Exemplar.objects.count()


def reindex() -> float:
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    elapsed = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does soon after a bulk load
            cursor.execute("VACUUM ANALYZE")
    return elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def use_plan(lean: bool) -> None:
    """Switch the backend's plans for large indexes on or off (PostgreSQL): the walk of the
    newest rows for common words (and its estimate for words that go together), the match
    by key among a few candidates, and one search of the titles for all types."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for compiler in (backend.query_compiler_class, backend.autocomplete_query_compiler_class):
        if hasattr(compiler, "match_few_by_key"):
            compiler.match_few_by_key = lean
    if hasattr(backend.query_compiler_class, "walk_common_words"):
        backend.query_compiler_class.walk_common_words = lean
    if hasattr(backend, "searches_types_together"):
        type(backend).searches_types_together = lean
        from search.backends.postgres import WordShares

        WordShares.together = lean


def run_queries(repeat: int, plans: tuple[bool, ...] = (True,)) -> list[tuple]:
    """Per query: (text, results, then p50 and p95 per plan), each plan's runs interleaved
    with the others' so that a busy machine slows them alike."""
    from search import engine
    from search.query import clean_query

    request = RequestFactory().get("/vi/tim-kiem/", HTTP_HOST="localhost")
    rows = []
    with translation.override("vi"):
        for accented, plain in QUERIES:
            for text in (accented, plain):
                query = clean_query(text)
                timings = {plan: [] for plan in plans}
                totals = set()
                for attempt in range(repeat + 1):
                    for plan in plans:
                        use_plan(plan)
                        started = time.perf_counter()
                        scope = engine.scope_for(request)
                        outcome = engine.run_search(query, scope)
                        engine.fill(outcome.hits[: engine.RESULTS_PER_PAGE], query, scope, request)
                        elapsed = (time.perf_counter() - started) * 1000
                        totals.add(tuple((hit.kind.key, hit.pk) for hit in outcome.hits))
                        if attempt:  # the first run warms caches
                            timings[plan].append(elapsed)
                if len(totals) > 1:
                    sys.exit(f"{text!r}: the plans found different results")
                figures = [
                    f(timings[plan], share)
                    for plan in plans
                    for f, share in ((percentile, 0.5), (percentile, 0.95))
                ]
                rows.append((text, outcome.total, *figures))
    use_plan(True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="keep an existing corpus and index")
    parser.add_argument("--reindex", action="store_true", help="time update_index again on the corpus")
    parser.add_argument(
        "--compare",
        action="store_true",
        help="also time the GIN index alone, one search per type, interleaved (PostgreSQL)",
    )
    options = parser.parse_args()

    from django.conf import settings

    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    print(f"Database: {connection.vendor} · search backend: {backend}", flush=True)
    call_command("migrate", verbosity=0)
    existing = corpus_size()
    indexing = None
    if existing and not options.reuse:
        sys.exit(f"The database already holds {existing:,} items: use --reuse, or a fresh database.")
    if not existing:
        build(options.items)
        indexing = reindex()
    elif options.reindex:
        indexing = reindex()
    print(f"Corpus: {corpus_size():,} items", flush=True)
    if indexing is not None:
        print(f"Indexing (update_index, every indexed model): {indexing:.1f} s", flush=True)

    plans = (False, True) if options.compare else (True,)
    # As each of the site's gunicorn workers does once loaded (site/gunicorn.conf.py): the
    # collector's full passes skip what loading made, instead of adding 110 ms to a search.
    gc.collect()
    gc.freeze()
    rows = run_queries(options.repeat, plans)
    width = max(len(text) for text, *_ in rows)
    names = {False: "GIN plan ", True: ""}
    header = "  ".join(f"{names[plan] + 'p50 ms':>12}  {names[plan] + 'p95 ms':>12}" for plan in plans)
    print(f"\n{'query':<{width}}  {'results':>7}  {header}" + ("  p50 ratio" if options.compare else ""))
    for text, total, *figures in rows:
        line = "  ".join(f"{value:12.1f}" for value in figures)
        ratio = f"  {figures[2] / figures[0]:9.2f}" if options.compare else ""
        print(f"{text:<{width}}  {total:7,}  {line}{ratio}")
    for index, plan in enumerate(plans):
        p50s = [row[2 + 2 * index] for row in rows]
        p95s = sorted(row[3 + 2 * index] for row in rows)
        print(
            f"\n{names[plan] or 'this plan '}worst p95: {p95s[-1]:.1f} ms · p95 of the p95s: "
            f"{percentile(p95s, 0.95):.1f} ms · median p50: {statistics.median(p50s):.1f} ms"
        )
    print(f"load average at the end of the run: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
