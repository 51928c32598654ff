"""Files on disk and text for other programs: the `.tradetarget` workbook file (its format
and top level, each scenario read, and writing), the dataset's JSON, the monthly CSV a
statistics office exports, strict JSON text, saving all or nothing and reading within a size
limit (`storage`), leftovers of killed saves (`stale_saves`), telling whether a file changed
since it was read (`file_fingerprint`), checking a command's outputs before writing any
(`output_paths`), and the tables as CSV, clipboard text and Excel (`table_export`,
`csv_style`, `spreadsheet_text`, which keeps a cell from running as a formula). Every
refusal names the file and says what is wrong.
"""
