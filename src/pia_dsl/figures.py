"""
Diagrams printed in a document: the flow diagram of （別添１）事務の内容.

A module names the image file next to it; the model keeps the file name and the SHA-256
of its content, so a new drawing is a change of the model (a 変更箇所 row) even when the
file name stays::

    from pia_dsl.figures import diagram

    annex1 = AffairAnnex(
        diagram=diagram("figures/kokumin_nenkin_flow.png", __file__, description="事務の流れ"),
        remarks="…",
    )

The renderer embeds the image (docxtpl ``InlineImage``) at the width of the page's text
area.  Word accepts PNG, JPEG, GIF, BMP and TIFF here; convert an SVG or EMF drawing to
PNG first (e.g. ``soffice --headless --convert-to png``).
"""

from __future__ import annotations

from pathlib import Path

from attrs import field, frozen

__all__ = ["IMAGE_KINDS", "Diagram", "diagram", "diagram_texts", "image_kind"]

#: The image formats Word embeds here, by their first bytes.
IMAGE_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)


def image_kind(data: bytes) -> str | None:
    """
    ``"PNG"``, ``"JPEG"``, … for an image Word can embed, else ``None``.
    """
    return next((kind for magic, kind in IMAGE_KINDS if data.startswith(magic)), None)


@frozen
class Diagram:
    """
    An image printed as a figure.

    Attributes:
        file: The file as the module names it (relative to the module's folder, ``/``).
        digest: SHA-256 of the file's content (a changed drawing is a changed model).
        description: What the figure shows (the image's alternative text).
        location: Where the file is on this machine, for the renderer (not part of the
            model's data: not compared, not written by ``pia dump``).
    """

    file: str
    digest: str
    description: str = ""
    location: str = field(default="", eq=False, repr=False)

    def __str__(self) -> str:
        return f"（図: {self.file}）"


def diagram_texts(old: Diagram, new: Diagram) -> tuple[str, str]:
    """
    変更前 / 変更後 of a changed figure: a new drawing (another content hash) under the
    same name is 「事務の内容（図）を変更」; a new file name shows it.  ``("", "")`` when
    only the place on disk differs.
    """
    if (old.file, old.digest, old.description) == (new.file, new.digest, new.description):
        return "", ""
    after = "事務の内容（図）を変更" if old.file == new.file else f"{new}（事務の内容（図）を変更）"
    return str(old), after


def diagram(file: str, module: str, *, description: str = "") -> Diagram:
    """
    The figure in ``file``, relative to the folder of ``module`` (pass ``__file__``).

    Raises:
        ValueError: The file is missing or not an image Word can embed (the message says
            which, in Japanese).
    """
    path = Path(module).resolve().parent / file
    if not path.is_file():
        msg = f"図のファイル {file} がありません（{path}）。パスはモジュールのフォルダからの相対パスで書いてください。"
        raise ValueError(msg)
    import hashlib  # only for a module with a diagram: not at every start

    data = path.read_bytes()
    if image_kind(data) is None:
        msg = f"図のファイル {file} は Word に埋め込める画像（PNG・JPEG・GIF・BMP・TIFF）ではありません。SVG や EMF は PNG に変換してください。"
        raise ValueError(msg)
    return Diagram(
        file=Path(file).as_posix(),
        digest=hashlib.sha256(data).hexdigest(),
        description=description,
        location=str(path),
    )
