"""Export TEI for other projects: CMIF for correspSearch, JSON/CSV indexes, standalone TEI."""

from teikit.export.cmif import CmifOptions as CmifOptions
from teikit.export.cmif import build_cmif as build_cmif
from teikit.export.cmif import export_cmif as export_cmif
from teikit.export.index import Index as Index
from teikit.export.index import build_index as build_index
from teikit.export.index import export_index as export_index
from teikit.export.letters import Document as Document
from teikit.export.letters import read_document as read_document
from teikit.export.outcome import Outcome as Outcome
from teikit.export.sources import SourceFile as SourceFile
from teikit.export.sources import collect_sources as collect_sources
from teikit.export.standalone import export_standalone as export_standalone
from teikit.export.standalone import make_standalone as make_standalone
