"""The charts as the window shows them: the trajectory chart with its read-out and hover
(trajectory), the Exchange rate tab (exchange_rate: its panel, chart items, preset buttons
and words) and the Monthly tab (monthly: its panel and chart items), with what all three do
on screen written once (screen_chart: the system palette, a language change, a redraw that
waits while the tab is out of sight) and their label placement (labels). The trajectory
chart's drawing itself — items, frame, labels, overlays, legend, paper look — lives in
render/charts instead, because the exports draw the same chart off screen and render never
imports ui: both the window and the files draw it from the same code.
"""
