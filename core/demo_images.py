"""Pictures for demo data and tests, drawn with Pillow instead of downloaded.

The demo site and the test suite need real JPEG files (Wagtail reads their size and makes
renditions) but must work offline and must not ship photographs of real people. Each
picture is a gradient, a simple motif (a star, a house, a road through hills, people...)
and an optional caption. The same title always gives the same picture, so a second run of
the demo command produces identical files.
"""

import io
import math
import random
import zlib
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 800, 533

# (top-left, top-right, bottom-left, bottom-right, motif colour, accent colour)
PALETTES = {
    "red": ((200, 16, 46), (160, 10, 30), (120, 8, 20), (214, 64, 30), (255, 205, 0), (255, 240, 180)),
    "gold": ((238, 176, 42), (218, 120, 24), (196, 70, 20), (250, 210, 90), (200, 16, 46), (255, 250, 225)),
    "green": ((46, 125, 50), (104, 159, 56), (27, 94, 32), (156, 204, 101), (255, 224, 130), (241, 248, 233)),
    "blue": ((21, 101, 192), (66, 165, 245), (13, 71, 161), (144, 202, 249), (255, 213, 79), (227, 242, 253)),
    "earth": ((121, 85, 72), (188, 143, 90), (78, 52, 46), (215, 180, 120), (255, 236, 179), (250, 240, 225)),
    "teal": ((0, 121, 107), (38, 166, 154), (0, 77, 64), (128, 203, 196), (255, 202, 40), (224, 242, 241)),
}
MOTIFS = ("star", "house", "road", "mountains", "people", "portrait", "medal", "culture", "field")

# Fonts known to carry Vietnamese letters (ộ, ữ, Đ...), tried in order. Pillow's own
# default font has no Vietnamese glyphs; without one of these the caption is left out
# rather than drawn with empty boxes.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/noto/NotoSans-Bold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
    "DejaVuSans-Bold.ttf",
)


def _glyph(font, char: str) -> bytes:
    canvas = Image.new("L", (80, 80))
    ImageDraw.Draw(canvas).text((10, 10), char, font=font, fill=255)
    return canvas.tobytes()


def _covers_vietnamese(font) -> bool:
    """False when the probe letters render as the font's 'missing glyph' box."""
    try:
        missing = _glyph(font, "\uffff")
        return all(_glyph(font, char) != missing for char in "ộữỹĐặ")
    except Exception:  # noqa: BLE001 - any font failure means "not usable"
        return False


@lru_cache(maxsize=8)
def caption_font(size: int):
    """A font with Vietnamese glyphs at ``size``, or None when the machine has none."""
    for candidate in FONT_CANDIDATES:
        try:
            font = ImageFont.truetype(candidate, size)
        except OSError:
            continue
        if _covers_vietnamese(font):
            return font
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has no sized default font
        return None
    return font if _covers_vietnamese(font) else None


def _seed(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _gradient(palette) -> Image.Image:
    """A four-corner gradient: a 2×2 picture scaled up with bilinear smoothing."""
    corners = Image.new("RGB", (2, 2))
    corners.putdata(list(palette[:4]))
    return corners.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR)


def _star(draw, cx, cy, radius, colour, rotation=-math.pi / 2):
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.382
        angle = rotation + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _rays(draw, cx, cy, colour, rng):
    for i in range(24):
        angle = i * math.pi / 12 + rng.random() * 0.05
        draw.line(
            [(cx, cy), (cx + 900 * math.cos(angle), cy + 900 * math.sin(angle))],
            fill=colour,
            width=3,
        )


def _hills(draw, rng, colour, base, amplitude):
    points = [(0, HEIGHT)]
    x = 0
    while x < WIDTH:
        points.append((x, base - rng.randint(amplitude // 3, amplitude)))
        x += rng.randint(60, 140)
    points.append((WIDTH, base - rng.randint(amplitude // 3, amplitude)))
    points.append((WIDTH, HEIGHT))
    draw.polygon(points, fill=colour)


def _house(draw, x, y, w, colour, accent):
    h = int(w * 0.6)
    draw.polygon([(x - 14, y), (x + w // 2, y - int(w * 0.45)), (x + w + 14, y)], fill=colour)
    draw.rectangle([x, y, x + w, y + h], fill=accent)
    door_w = w // 5
    draw.rectangle([x + w // 2 - door_w // 2, y + h // 3, x + w // 2 + door_w // 2, y + h], fill=colour)
    draw.rectangle([x + w // 8, y + h // 4, x + w // 8 + door_w, y + h // 4 + door_w], fill=colour)
    draw.rectangle([x + w - w // 8 - door_w, y + h // 4, x + w - w // 8, y + h // 4 + door_w], fill=colour)


def _person(draw, cx, base, scale, colour):
    head = 26 * scale
    draw.ellipse([cx - head, base - 150 * scale, cx + head, base - 150 * scale + 2 * head], fill=colour)
    draw.pieslice(
        [cx - 70 * scale, base - 95 * scale, cx + 70 * scale, base + 45 * scale], 180, 360, fill=colour
    )
    draw.rectangle([cx - 70 * scale, base - 25 * scale, cx + 70 * scale, HEIGHT], fill=colour)


def _draw_motif(image: Image.Image, motif: str, palette, rng: random.Random) -> None:
    draw = ImageDraw.Draw(image)
    colour, accent = palette[4], palette[5]
    dark = tuple(max(0, c - 60) for c in palette[2])
    if motif == "star":
        cx, cy = WIDTH // 2 + rng.randint(-120, 120), HEIGHT // 2 - 30
        _rays(draw, cx, cy, tuple(min(255, c + 25) for c in palette[0]), rng)
        _star(draw, cx, cy, rng.randint(110, 150), colour)
    elif motif == "house":
        _hills(draw, rng, dark, HEIGHT - 120, 140)
        _house(draw, WIDTH // 2 - 130 + rng.randint(-80, 80), HEIGHT - 260, 260, colour, accent)
        draw.rectangle([0, HEIGHT - 100, WIDTH, HEIGHT], fill=tuple(max(0, c - 30) for c in dark))
    elif motif == "road":
        draw.ellipse([560, 50, 660, 150], fill=colour)
        _hills(draw, rng, dark, HEIGHT // 2 + 40, 150)
        horizon = HEIGHT // 2 + 20
        draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=tuple(max(0, c - 20) for c in palette[3]))
        vanish = WIDTH // 2 + rng.randint(-60, 60)
        draw.polygon(
            [(vanish - 8, horizon), (vanish + 8, horizon), (WIDTH - 120, HEIGHT), (120, HEIGHT)],
            fill=(205, 205, 200),
        )
        for i in range(6):
            t0, t1 = i / 6, i / 6 + 0.07
            y0, y1 = horizon + (HEIGHT - horizon) * t0**1.6, horizon + (HEIGHT - horizon) * t1**1.6
            draw.line([(vanish, y0), (vanish, y1)], fill=colour, width=max(2, int(10 * t1)))
    elif motif == "mountains":
        sun_x = rng.randint(120, 560)
        draw.ellipse([sun_x, 60, sun_x + 100, 160], fill=colour)
        for layer, base in enumerate((HEIGHT - 160, HEIGHT - 90, HEIGHT - 30)):
            shade = tuple(max(0, c - 35 * layer) for c in palette[2])
            _hills(draw, rng, shade, base, 180 - 40 * layer)
    elif motif == "people":
        _star(draw, WIDTH // 2, 110, 60, colour)
        count = rng.randint(5, 7)
        for i in range(count):
            cx = int((i + 0.5) * WIDTH / count)
            _person(
                draw, cx, HEIGHT - 90 - 25 * (i % 2), 0.9 + rng.random() * 0.25, dark if i % 2 else accent
            )
    elif motif == "portrait":
        draw.ellipse(
            [WIDTH // 2 - 210, 40, WIDTH // 2 + 210, 460], fill=tuple(min(255, c + 30) for c in palette[0])
        )
        _person(draw, WIDTH // 2, HEIGHT - 40, 2.1, accent)
    elif motif == "medal":
        cx, cy = WIDTH // 2, HEIGHT // 2 - 20
        draw.polygon([(cx - 90, 20), (cx - 20, 20), (cx + 30, cy), (cx - 40, cy)], fill=accent)
        draw.polygon([(cx + 90, 20), (cx + 20, 20), (cx - 30, cy), (cx + 40, cy)], fill=dark)
        draw.ellipse([cx - 120, cy - 60, cx + 120, cy + 180], fill=colour)
        _star(draw, cx, cy + 60, 80, palette[0])
    elif motif == "culture":
        _hills(draw, rng, dark, HEIGHT - 110, 120)
        left, right, top = WIDTH // 2 - 220, WIDTH // 2 + 220, HEIGHT - 330
        draw.polygon([(left - 20, top), (WIDTH // 2, top - 110), (right + 20, top)], fill=palette[0])
        draw.rectangle([left, top, right, HEIGHT - 70], fill=accent)
        for i in range(6):
            x = left + 30 + i * 75
            draw.rectangle([x, top + 20, x + 22, HEIGHT - 70], fill=colour)
        _star(draw, WIDTH // 2, top - 45, 28, colour)
        draw.rectangle([0, HEIGHT - 70, WIDTH, HEIGHT], fill=dark)
    else:  # field: terraced rows under a sun
        draw.ellipse([80, 40, 190, 150], fill=colour)
        for i in range(7):
            y = HEIGHT // 2 + i * 38
            shade = tuple(max(0, min(255, c + (18 if i % 2 else -18))) for c in palette[2])
            draw.polygon([(0, y + 30), (WIDTH, y - 10), (WIDTH, y + 40), (0, y + 80)], fill=shade)


def _wrap(text: str, font, max_width: int, max_lines: int = 2) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        if len(lines) == max_lines:
            break
    if line and len(lines) < max_lines:
        lines.append(line)
    if len(lines) == max_lines and " ".join(lines) != " ".join(words):
        lines[-1] = lines[-1].rstrip(".,;:") + "…"
    return lines


def _draw_caption(image: Image.Image, caption: str) -> None:
    font = caption_font(26)
    if font is None or not caption:
        return
    lines = _wrap(caption, font, WIDTH - 60)
    band = 24 + 36 * len(lines)
    overlay = Image.new("RGBA", (WIDTH, band), (0, 0, 0, 150))
    image.paste(overlay, (0, HEIGHT - band), overlay)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((30, HEIGHT - band + 12 + 36 * i), line, font=font, fill=(255, 255, 255))


def render_demo_image(
    title: str, caption: str | None = None, motif: str | None = None, palette: str | None = None
) -> bytes:
    """A deterministic JPEG (800×533) for ``title``; motif and palette picked from it if not given."""
    rng = random.Random(_seed(title))
    palette_colours = PALETTES[palette or rng.choice(sorted(PALETTES))]
    image = _gradient(palette_colours)
    _draw_motif(image, motif or rng.choice(MOTIFS), palette_colours, rng)
    _draw_caption(image, caption if caption is not None else title)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=False)
    return buffer.getvalue()


def demo_image_filename(title: str) -> str:
    """An ASCII file name: Wagtail keeps it, and some storages dislike non-ASCII paths."""
    return f"demo-{_seed(title):08x}.jpg"


if __name__ == "__main__":  # python -m core.demo_images: write one sample of each motif
    out = Path("demo-image-samples")
    out.mkdir(exist_ok=True)
    for name in MOTIFS:
        (out / f"{name}.jpg").write_bytes(
            render_demo_image(name, f"Mẫu “{name}”: Đại hội thi đua yêu nước tỉnh Lạng Sơn", name)
        )
