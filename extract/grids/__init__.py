"""Finding table grids: ruling lines, camelot, unruled tables, and the engines that
choose between them."""
