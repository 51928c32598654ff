"""Drawing onto a page or an image: the one-page brief (PDF, image, printer), the chart and
table exports (PNG, SVG, PDF metadata), with the Qt basics that drawing and the window's
widgets both stand on (the guard that keeps exceptions out of Qt, locale numbers, readable
colours). It uses core, Qt and pyqtgraph, and never imports ui or cli, so the window's
exports and the command line share one drawing.
"""
