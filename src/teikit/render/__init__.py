"""Rendering TEI through XSLT 3.0: HTML pages, plain text for print, PDF.

``Renderer`` compiles each stylesheet once per process and renders many
documents; ``render_paths`` renders files and folders into an output folder.
"""

from teikit.render.batch import render_paths as render_paths
from teikit.render.batch import render_to_stream as render_to_stream
from teikit.render.renderer import Renderer as Renderer
from teikit.render.renderer import RenderOptions as RenderOptions
