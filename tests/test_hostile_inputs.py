"""No input makes teikit open a connection or read a file it was not given.

Every command runs on documents that name DTDs, entities, XIncludes, schemas
and stylesheets on a listener at 127.0.0.1 and in a local file; the listener
must receive nothing and the local file's content must appear in no output.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "tei" / "letters" / "kalinin-stalin-1924-08.xml"
REGISTERS = ROOT / "tei" / "registers"
SECRET = "TEIKIT-LOCAL-SECRET-4b1d"


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(200) or b"(connected)")
                except OSError:
                    self.connections.append(b"(connected)")

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def _hostile(folder: Path, url: str, secret: Path) -> None:
    """Variants of a valid letter, each with one way of reaching out."""
    text = LETTER.read_text(encoding="utf-8")
    head, body = text.split("\n", 1)
    declaration = head + "\n"
    at_p = "<p>"

    def put(name: str, prolog: str = "", inside_p: str = "", namespaces: str = "") -> None:
        letter = body.replace(at_p, f"<p>{inside_p}", 1) if inside_p else body
        if namespaces:
            letter = letter.replace('<TEI xmlns="http://www.tei-c.org/ns/1.0"', f'<TEI xmlns="http://www.tei-c.org/ns/1.0" {namespaces}', 1)
        (folder / f"{name}.xml").write_text(declaration + prolog + letter, encoding="utf-8")

    put("dtd-url", f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">\n')
    put("dtd-file", f'<!DOCTYPE TEI SYSTEM "{secret.as_uri()}">\n')
    put("external-entities",
        f'<!DOCTYPE TEI [\n<!ENTITY secret SYSTEM "{secret.as_uri()}">\n<!ENTITY remote SYSTEM "{url}/remote.txt">\n]>\n',
        "&secret; &remote;")
    put("parameter-entity", f'<!DOCTYPE TEI [\n<!ENTITY % pe SYSTEM "{url}/pe.dtd">\n%pe;\n]>\n')
    put("xinclude", "", f'<xi:include href="{secret.as_uri()}" parse="text"/><xi:include href="{url}/x.xml"/>',
        'xmlns:xi="http://www.w3.org/2001/XInclude"')
    put("xml-model", f'<?xml-model href="{url}/schema.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
                     f'<?xml-model href="{url}/rules.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?>\n')
    put("stylesheet-pi", f'<?xml-stylesheet type="text/xsl" href="{url}/s.xsl"?>\n')
    put("internal-entity", '<!DOCTYPE TEI [\n<!ENTITY ed "the editors">\n]>\n', "&ed;")
    put("remote-resources", "", f'<figure><graphic url="{url}/image.png"/></figure>'
                                f'<hi style="background-image: url({url}/bg.png)" rendition="{url}/r.css">x</hi>')
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
    put("entity-bomb", f'<!DOCTYPE TEI [\n<!ENTITY l0 "lol">\n{lol}]>\n', "&l9;")


def _outputs(results: list[str], folders: list[Path]) -> str:
    """Everything the commands printed and wrote, PDF files as their text (pdftotext, when installed)."""
    texts = list(results)
    for folder in folders:
        for path in folder.rglob("*"):
            if path.suffix == ".pdf" and shutil.which("pdftotext"):
                texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout)
            elif path.is_file():
                texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(texts)


def test_no_command_reaches_out_or_reads_a_named_file(listener: Listener, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    url = f"http://127.0.0.1:{listener.port}"
    letters = tmp_path / "letters"
    letters.mkdir()
    _hostile(letters, url, secret)
    registers = tmp_path / "registers"
    shutil.copytree(REGISTERS, registers)
    persons = registers / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace(
        "\n", f'\n<!DOCTYPE TEI [\n<!ENTITY secret SYSTEM "{secret.as_uri()}">\n]>\n', 1), encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    cmif = ["--editor", "E", "--email", "e@example.org", "--url", "https://example.org"]
    commands = [
        ["validate", str(letters)],
        ["validate", str(letters), "--embedded-rules", "--format", "json"],
        ["render", str(letters), "--to", "html", "-o", str(out / "html")],
        ["render", str(letters), "--to", "text", "-o", str(out / "text")],
        ["render", str(letters), "--to", "pdf", "-o", str(out / "pdf")],
        ["export", "index", str(letters), "-o", str(out / "index.json")],
        ["export", "standalone", str(letters), "-o", str(out / "standalone")],
        ["export", "cmif", str(letters), "-o", str(out / "cmif.xml"), *cmif],
        ["export", "edition", str(letters), "-o", str(out / "edition"), *cmif],
        ["registers", "check", str(registers)],
    ]
    results = []
    for command in commands:
        result = runner.invoke(main, command)
        assert result.exception is None or isinstance(result.exception, SystemExit), (command, result.output)
        assert "Traceback" not in result.output, command
        results.append(result.output)
    assert listener.connections == []
    assert SECRET not in _outputs(results, [out])
    report = results[0]
    assert "entity-bomb.xml:" in report and "expansion bomb" in report
    assert "external-entities.xml:" in report and "entity 'secret' is external" in report
    assert "xml-model.xml: error:" in report and "--allow-network" in report
    assert "internal-entity.xml" not in report  # a DOCTYPE with internal entities is fine
    pdfs = sorted(p.stem for p in (out / "pdf").glob("*.pdf"))
    assert "remote-resources" in pdfs and "internal-entity" in pdfs and "dtd-url" in pdfs
