"""teikit: raw transcriptions to TEI P5, and TEI validated, rendered and exported."""

__version__ = "0.1.0"
