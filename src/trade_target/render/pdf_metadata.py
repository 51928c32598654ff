"""What a PDF says about itself: title, subject, author, creating app and language.

A brief is filed, searched and read aloud by screen readers; they find it by its title and
subject and pronounce it by its language. Qt's PDF writer sets the title, the author and
the creator, and the XMP metadata stream when given one; the document information's
subject and the catalog's language (/Lang), which it has no setter for, are added here by
an incremental update — new versions of those two objects appended after Qt's output,
as the PDF format provides for edits — so Qt's own bytes stay as they were written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from PySide6.QtCore import QByteArray, qVersion
from PySide6.QtGui import QPdfWriter

from trade_target import APP_NAME, translations, version


def _creator() -> str:
    return f"{APP_NAME} {version()}"


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    subject: str
    author: str = APP_NAME
    creator: str = field(default_factory=_creator)
    language: str = field(default_factory=translations.current)
    """The language the document is written in, as a BCP 47 tag ("en", "ms", "tr")."""


def xmp_packet(info: DocumentInfo) -> bytes:
    """The XMP metadata stream: the same facts for readers that look there first."""

    def text(value: str) -> str:
        return escape(value)

    def alternative(value: str) -> str:
        return f'<rdf:li xml:lang="x-default">{text(value)}</rdf:li>'

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt>{alternative(info.title)}</rdf:Alt></dc:title>
   <dc:description><rdf:Alt>{alternative(info.subject)}</rdf:Alt></dc:description>
   <dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{text(info.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>
   <pdf:Producer>Qt {text(qVersion())}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def describe(writer: QPdfWriter, info: DocumentInfo) -> None:
    """Everything Qt's writer can carry itself; `completed` adds the rest to its output."""
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(info.creator)
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(info)))


def _pdf_string(value: str) -> bytes:
    """A PDF text string in UTF-16 with its byte-order mark, written in hex: no escaping."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _dictionary(pdf: bytes, number: int) -> bytes | None:
    """The body of object `number`'s dictionary (between << and >>), if it is one."""
    found = re.search(rb"(?:^|\s)%d 0 obj\s*<<(.*?)>>\s*endobj" % number, pdf, re.DOTALL)
    return found.group(1) if found else None


def _without(body: bytes, key: bytes) -> bytes:
    """The dictionary body without its `key` entry (when its value is a string or name)."""
    return re.sub(rb"/%s\s*(?:<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/\w+)" % key, b"", body)


def completed(pdf: bytes, info: DocumentInfo) -> bytes:
    """`pdf` (as Qt's writer made it) with the subject in its document information and the
    language in its catalog; unchanged if its structure is not the one expected."""
    trailer = re.search(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", pdf, re.DOTALL)
    if trailer is None:
        return pdf
    entries, previous = trailer.group(1), int(trailer.group(2))
    size = re.search(rb"/Size\s+(\d+)", entries)
    root = re.search(rb"/Root\s+(\d+)\s+0\s+R", entries)
    information = re.search(rb"/Info\s+(\d+)\s+0\s+R", entries)
    identity = re.search(rb"/ID\s*(\[[^\]]*\])", entries)
    if size is None or root is None or information is None:
        return pdf
    catalog_number, info_number = int(root.group(1)), int(information.group(1))
    catalog, old_info = _dictionary(pdf, catalog_number), _dictionary(pdf, info_number)
    if catalog is None or old_info is None:
        return pdf

    updated = {
        info_number: _without(old_info, b"Subject").rstrip()
        + b"\n/Subject "
        + _pdf_string(info.subject)
        + b"\n",
    }
    if re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", info.language):
        updated[catalog_number] = (
            _without(catalog, b"Lang").rstrip() + b"\n/Lang (%s)\n" % info.language.encode()
        )
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for number, body in sorted(updated.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n<<%s>>\nendobj\n" % (number, body)
    table_at = len(out)
    out += b"xref\n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<<\n/Size %s\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n" % (
        size.group(1),
        catalog_number,
        info_number,
        previous,
    )
    if identity is not None:
        out += b"/ID " + identity.group(1) + b"\n"
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % table_at
    return bytes(out)
