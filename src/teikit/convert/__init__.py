"""convert: raw transcription pages to TEI P5 documents."""
