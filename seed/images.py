"""Illustrations and PDFs for the demo, drawn with Pillow: nothing is downloaded."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont, ImageOps
from wagtail.images import get_image_model

PALETTES = [
    ("#7a0c17", "#f5c400"),
    ("#0a4a94", "#8fd3ff"),
    ("#1f5f3a", "#d8f0a8"),
    ("#4b2a7b", "#f2b5d4"),
    ("#8a4b08", "#ffe0a3"),
    ("#0f5257", "#a7e8e0"),
    ("#3a3a3a", "#e0e0e0"),
]
FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]
SIZE = (1200, 675)


def _font(size):
    for path in FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def draw_illustration(seed, caption):
    """A gradient with a stylised hall (columns, roof, flag) and a caption band."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    gradient = Image.linear_gradient("L").rotate(rng.choice([0, 45, 90, 135]), expand=True).resize(SIZE)
    picture = ImageOps.colorize(gradient, black=dark, white=light).convert("RGB")
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(6):
        x, y, r = rng.randrange(0, SIZE[0]), rng.randrange(0, SIZE[1]), rng.randrange(40, 220)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, rng.randrange(20, 60)))
    left, base = rng.randrange(180, 520), 520
    width = 520
    draw.polygon([(left - 30, 250), (left + width // 2, 170), (left + width + 30, 250)], fill=(255, 255, 255, 200))
    draw.rectangle((left - 20, 250, left + width + 20, 270), fill=(255, 255, 255, 210))
    for column in range(6):
        x = left + column * (width // 5) - 12
        draw.rectangle((x, 275, x + 24, base), fill=(255, 255, 255, 190))
    draw.rectangle((left - 40, base, left + width + 40, base + 20), fill=(255, 255, 255, 220))
    draw.line((left + width // 2, 170, left + width // 2, 90), fill=(255, 255, 255, 230), width=4)
    draw.rectangle((left + width // 2 + 2, 90, left + width // 2 + 70, 135), fill=(218, 37, 29, 255))
    draw.rectangle((0, SIZE[1] - 90, SIZE[0], SIZE[1]), fill=(0, 0, 0, 120))
    draw.text((40, SIZE[1] - 68), caption[:70], font=_font(34), fill=(255, 255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    return buffer


def demo_image(seed, title, collection):
    """The image called `title`, drawn the first time it is asked for, in `collection` (its site's)."""
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = draw_illustration(seed, title)
    return Image_.objects.create(
        title=title,
        description=title,
        file=ImageFile(buffer, name=f"tin-tuc-{seed:03d}.jpg"),
        collection=collection,
    )


def demo_pdf(title, lines):
    """A one-page PDF (Pillow draws the text) for the "attached document" block."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.text((120, 140), title, font=_font(44), fill="black")
    for number, line in enumerate(lines):
        draw.text((120, 260 + number * 56), line, font=_font(30), fill="black")
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=150)
    return buffer
