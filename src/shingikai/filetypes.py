"""What a file is, read from its first bytes (its signature) rather than from its name.

One table serves the attachment check (uploads.py: a PNG renamed .pdf is refused) and the minutes
importer (minutes/importer/decode.py: a photo picked by mistake is named as one), so both tell files
apart the same way."""

# kind: (what a person calls it, the signatures it starts with)
SIGNATURES = {
    "pdf": ("PDF", (b"%PDF-",)),
    "zip": ("ZIP 圧縮ファイル", (b"PK\x03\x04",)),
    "empty-zip": ("空の ZIP 圧縮ファイル", (b"PK\x05\x06",)),
    "ole": ("古い形式の Office ファイル", (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)),
    "png": ("画像ファイル (PNG)", (b"\x89PNG\r\n\x1a\n",)),
    "jpeg": ("画像ファイル (JPEG)", (b"\xff\xd8\xff",)),
    "gif": ("画像ファイル (GIF)", (b"GIF87a", b"GIF89a")),
    "tiff": ("画像ファイル (TIFF)", (b"II*\x00", b"MM\x00*")),
    "gzip": ("圧縮ファイル (gzip)", (b"\x1f\x8b",)),
    "7z": ("圧縮ファイル (7z)", (b"7z\xbc\xaf\x27\x1c",)),
    "rar": ("圧縮ファイル (RAR)", (b"Rar!\x1a\x07",)),
    "xz": ("圧縮ファイル (xz)", (b"\xfd7zXZ\x00",)),
    "elf": ("プログラムファイル", (b"\x7fELF",)),
    "mp3": ("音声ファイル (MP3)", (b"ID3",)),
    "ogg": ("音声・動画ファイル (Ogg)", (b"OggS",)),
    # Two or three letters a text may well start with; they count only in a file that holds NUL bytes.
    "bmp": ("バイナリファイル", (b"BM",)),
    "bzip2": ("バイナリファイル", (b"BZh",)),
    "exe": ("バイナリファイル", (b"MZ",)),
}
WEAK = {"bmp", "bzip2", "exe"}


def starts_as(head: bytes, kind: str) -> bool:
    """Whether ``head`` (a file's first bytes, 1 KB is enough) carries ``kind``'s signature."""
    signatures = SIGNATURES[kind][1]
    if kind == "pdf":
        # A PDF may carry a few bytes before its header; the others start at byte 0.
        return any(s in head[:1024] for s in signatures)
    return head.startswith(signatures)


def sniff(head: bytes) -> str | None:
    """The kind ``head`` starts as, or None for anything the table does not know (text, say)."""
    for kind in SIGNATURES:
        if starts_as(head, kind) and (kind not in WEAK or b"\x00" in head[:1024]):
            return kind
    return None


def label(kind: str) -> str:
    return SIGNATURES[kind][0]
