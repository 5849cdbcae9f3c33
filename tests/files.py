"""The small files the tests upload, defined once: a valid one-page PDF and a 2×2 PNG."""

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001649444154789c"
    "633c2127c7c0c0c0c4c0c0c0c0c000000d0401087d71ca660000000049454e44ae426082"
)
