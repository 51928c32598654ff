"""The trajectory chart as drawn: the plot with its frame, line-end labels, overlays of other
scenarios, legend, locale axis and shared look, and the guard for pyqtgraph items. The
window shows this chart and the exports paint it onto a page or an image; like all of
render it never imports ui or cli, so both draw the same chart from the same code.
"""
